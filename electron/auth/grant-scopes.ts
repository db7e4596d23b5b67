import { isAuthError } from '../../shared/auth/auth-error';
import { FEATURE_SCOPES, refusedScopes } from '../../shared/auth/granted-scopes';
import type { ApprovalFeature } from '../../shared/auth/granted-scopes';
import type { Outcome } from '../../shared/ipc/contract';
import type { Account } from '../../shared/settings/settings';
import { runOAuthSignIn } from './oauth-sign-in';
import type { BrokerSignInInput, OAuthSignInInput } from './oauth-sign-in';
import type { SignInDeps } from './sign-in-deps';

// Turning on an approval feature (Settings → Approvals): the browser sign-in again for the same
// account, asking for the feature's scopes as well as everything granted so far. The window says
// so before it asks. Refusals come back as `scope-refused`: the user declined on the consent
// page (nothing changes), or the grant left a scope out (the new tokens are kept, and the
// feature stays off); the message names the scopes and where they are turned on.

/**
 * Said when a sign-in asking for extra scopes never came back: the consent page may have stopped
 * at an error of its own (an app without one of the scopes) instead of redirecting to the app.
 */
export const EXTRA_SCOPES_TIMEOUT_HINT =
  'If the Feishu page said the app lacks a permission, an administrator adds the user scopes under Permissions & Scopes (docs/feishu-app-setup.md).';

const FEATURE_NAMES: Record<ApprovalFeature, string> = {
  details: 'details (summaries, waiting time, the form)',
  act: 'approve and reject from the app',
};

export async function grantFeatureScopes(feature: ApprovalFeature, deps: SignInDeps): Promise<Outcome<Account>> {
  const account = await deps.accounts.get();
  if (!account) return { ok: false, kind: 'rejected', message: 'Sign in with Feishu/Lark first; the extra permissions are asked for after that.' };
  if (account.mode === 'tenant') {
    return { ok: false, kind: 'unsupported', message: 'App credentials have no user sign-in, and these approval APIs accept only a user\'s token. Sign in with Feishu/Lark to use them.' };
  }
  const { appId } = account;
  if (account.mode === 'user-token' || !appId) {
    return { ok: false, kind: 'unsupported', message: 'A pasted token keeps the permissions it was made with. Sign in with Feishu/Lark to grant more.' };
  }
  const asked = FEATURE_SCOPES[feature];
  try {
    const input = await sameAccountInput({ ...account, appId }, deps);
    if (!input.ok) return input;
    const next = await runOAuthSignIn({ ...input.value, extraScopes: asked }, deps);
    const refused = refusedScopes(asked, next.grantedScopes);
    if (refused.length > 0) {
      return {
        ok: false,
        kind: 'scope-refused',
        message: `You are signed in again, but Feishu did not grant ${refused.join(', ')}, so ${FEATURE_NAMES[feature]} stays off. The app may lack this user scope, or your organisation does not let users grant it: an administrator adds it under Permissions & Scopes in the developer console (docs/feishu-app-setup.md).`,
      };
    }
    return { ok: true, value: next };
  } catch (error) {
    if (isAuthError(error) && error.kind === 'access-denied') {
      return { ok: false, kind: 'scope-refused', message: `You did not allow ${asked.join(', ')} in the browser, so ${FEATURE_NAMES[feature]} stays off. Nothing else changed.` };
    }
    if (isAuthError(error) && error.kind === 'timeout') return { ok: false, kind: error.kind, message: `${error.message} ${EXTRA_SCOPES_TIMEOUT_HINT}` };
    if (isAuthError(error)) return { ok: false, message: error.message, kind: error.kind };
    return { ok: false, kind: 'rejected', message: error instanceof Error ? error.message : 'Signing in again failed unexpectedly.' };
  }
}

/** The saved account's own app, host, callback port and (direct sign-in) App Secret; nothing from the window. */
async function sameAccountInput(account: Account & { appId: string }, deps: SignInDeps): Promise<Outcome<OAuthSignInInput | BrokerSignInInput>> {
  const common = { region: account.region, baseUrl: account.baseUrl, appId: account.appId, callbackPort: account.callbackPort };
  if (account.brokerUrl) return { ok: true, value: { ...common, brokerUrl: account.brokerUrl } };
  const appSecret = await deps.secrets.get(account.id, 'app-secret');
  if (!appSecret) return { ok: false, kind: 'needs-sign-in', message: 'The App Secret is no longer in the keychain. Sign in again with Feishu/Lark.' };
  return { ok: true, value: { ...common, appSecret } };
}
