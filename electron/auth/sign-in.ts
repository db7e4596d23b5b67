import type { Outcome, ParsedInvokeRequest } from '../../shared/ipc/contract';
import type { ManagedState } from '../../shared/managed/managed-config';
import type { Account } from '../../shared/settings/settings';
import { authHostsFor } from '../../shared/auth/auth-hosts';
import { isAuthError } from '../../shared/auth/auth-error';
import { createOAuthClient } from '../../shared/auth/oauth-client';
import { buildAccount, saveSignedInAccount } from './account-record';
import { managedSignInInput } from './managed-sign-in';
import { runOAuthSignIn } from './oauth-sign-in';
import type { SignInDeps } from './sign-in-deps';

// One entry point for the three ways to sign in. Failures come back as an Outcome whose message
// a person can act on (and which never contains a secret).

export async function signIn(
  request: ParsedInvokeRequest<'auth:sign-in'>,
  deps: SignInDeps & { managed?: ManagedState },
  /** Browser sign-ins only: approval scopes to ask for on top of the base ones (`login --scopes`). */
  options: { extraScopes?: readonly string[] } = {},
): Promise<Outcome<Account>> {
  const { extraScopes } = options;
  try {
    if (request.mode === 'managed') return { ok: true, value: await runOAuthSignIn({ ...managedSignInInput(deps.managed), extraScopes }, deps) };
    // An organisation's setup rules out app credentials on desktops (a tenant-level secret).
    if (request.mode === 'tenant' && deps.managed?.status === 'ok') {
      return { ok: false, message: 'Your organisation manages sign-in for this app: use "Sign in with Feishu/Lark". App credentials are not allowed.', kind: 'rejected' };
    }
    if (request.mode === 'oauth') return { ok: true, value: await runOAuthSignIn({ ...request, extraScopes }, deps) };
    if (request.mode === 'user-token') return { ok: true, value: await signInWithToken(request, deps) };
    return { ok: true, value: await signInAsApp(request, deps) };
  } catch (error) {
    if (isAuthError(error)) return { ok: false, message: error.message, kind: error.kind };
    // authHostsFor's bad-URL messages and anything unexpected; never includes request values.
    return { ok: false, message: error instanceof Error ? error.message : 'Sign-in failed unexpectedly.', kind: 'rejected' };
  }
}

type TokenRequest = Extract<ParsedInvokeRequest<'auth:sign-in'>, { mode: 'user-token' }>;
type TenantRequest = Extract<ParsedInvokeRequest<'auth:sign-in'>, { mode: 'tenant' }>;

/** A pasted user token: user_info both checks it and says whose it is. */
async function signInWithToken(request: TokenRequest, deps: SignInDeps): Promise<Account> {
  const hosts = authHostsFor(request.region, request.baseUrl);
  const token = request.token.trim();
  const user = await createOAuthClient({ openBase: hosts.open, fetch: deps.fetch, appId: '', appSecret: '' }).userInfo(token);
  // A pasted token's lifetime is not known (typically 2 h); the app says so when it is rejected.
  const account = buildAccount({ region: request.region, baseUrl: hosts.open, mode: 'user-token', userId: user.openId, userName: user.name, avatarUrl: user.avatarUrl });
  await deps.secrets.set(account.id, 'access-token', token);
  await saveSignedInAccount(account, deps.secrets, deps.accounts);
  return account;
}

/** App credentials: fetching a tenant token proves them; the user to query is given. */
async function signInAsApp(request: TenantRequest, deps: SignInDeps): Promise<Account> {
  const hosts = authHostsFor(request.region, request.baseUrl);
  const tenant = await createOAuthClient({ openBase: hosts.open, fetch: deps.fetch, appId: request.appId, appSecret: request.appSecret }).tenantToken();
  const account = buildAccount({
    region: request.region,
    baseUrl: hosts.open,
    mode: 'tenant',
    appId: request.appId,
    userId: request.userId,
    userIdType: request.userIdType,
    accessTokenExpiresAt: deps.now() + tenant.expiresInSec * 1000,
  });
  await deps.secrets.set(account.id, 'app-secret', request.appSecret);
  await deps.secrets.set(account.id, 'tenant-token', JSON.stringify({ token: tenant.token, expiresAt: deps.now() + tenant.expiresInSec * 1000 }));
  await saveSignedInAccount(account, deps.secrets, deps.accounts);
  return account;
}
