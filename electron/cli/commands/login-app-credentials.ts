import { signIn } from '../../auth/sign-in';
import type { CliAuthContext } from '../../auth/cli-auth-context';
import type { Account } from '../../../shared/settings/settings';
import { USER_ID_TYPES } from '../cli-config';
import type { UserIdType } from '../cli-config';
import { appSecretFor, loginFailed } from './login-target';
import type { LoginTarget } from './login-target';

// `login --app-credentials`: the README's third sign-in mode, as the app does it (sign-in.ts):
// the App Secret proves itself by fetching a tenant token, then the secret and that token are
// kept in the keychain and the account names the user whose approvals are listed.

export const APP_CREDENTIALS_WARNING =
  'login: note: app credentials keep the App Secret, a tenant-level credential (it can read every user\'s approvals in the tenant), in this machine\'s keychain.';

export async function loginWithAppCredentials(
  values: { 'app-id'?: string; 'user-id'?: string; 'user-id-type'?: string },
  target: LoginTarget,
  previous: Account | null,
  ctx: CliAuthContext,
): Promise<number> {
  const appId = values['app-id'] ?? (previous?.mode === 'tenant' ? previous.appId : undefined);
  if (!appId) return loginFailed(ctx, 'Give your app\'s ID with --app-id cli_xxx (see docs/feishu-app-setup.md).');
  const userId = values['user-id']?.trim();
  if (!userId) return loginFailed(ctx, '--user-id ou_xxx is required with --app-credentials: whose approvals should be listed?');
  const userIdType = values['user-id-type'] ?? 'open_id';
  if (!(USER_ID_TYPES as readonly string[]).includes(userIdType)) return loginFailed(ctx, `--user-id-type must be one of ${USER_ID_TYPES.join(', ')}.`);

  ctx.io.stderr(APP_CREDENTIALS_WARNING);
  const appSecret = await appSecretFor(ctx, previous, appId, target);
  if (!appSecret) {
    return loginFailed(ctx, 'No App Secret on stdin. Example: printf %s "$APP_SECRET" | npm run cli -- login --app-credentials --app-id cli_xxx --user-id ou_xxx');
  }
  const outcome = await signIn(
    { mode: 'tenant', region: target.region, baseUrl: target.baseUrl, appId, appSecret, userId, userIdType: userIdType as UserIdType },
    { fetch: ctx.fetch, secrets: ctx.secrets, accounts: ctx.accounts, now: ctx.now, openExternal: () => undefined },
  );
  if (!outcome.ok) return loginFailed(ctx, outcome.message);
  ctx.io.stdout(`Signed in with app ${appId} for ${userId} (${userIdType}). Secrets are in the ${ctx.secrets.describe().backend}.`);
  return 0;
}
