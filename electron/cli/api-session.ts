import type { TokenSource } from '../../shared/auth/token-source';
import { staticTokenSource } from '../../shared/auth/token-source';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import { accountTokenSourceForCli } from '../auth/cli-auth-context';
import type { CliAuthContext } from '../auth/cli-auth-context';
import { DEFAULT_BASE_URL } from './cli-config';
import type { ApiCommandConfig, UserIdType } from './cli-config';
import { SignInNeededError, UsageError } from './exit-codes';

// Who the API commands ask for, and with which token: a token by flag or environment, or else
// the account signed in with `login` / `token set` (its token refreshes itself from the keychain).

export interface ApiSession {
  baseUrl: string;
  tokens: TokenSource;
  userId: string;
  userIdType: UserIdType;
}

export async function resolveApiSession(
  config: ApiCommandConfig,
  deps: { fetch: FetchPort; now(): number; auth(): CliAuthContext },
): Promise<ApiSession> {
  if (config.token !== undefined) {
    if (config.userId === undefined) {
      throw new UsageError('--user-id (or FEISHU_USER_ID) is required with --token: whose approvals should be listed?');
    }
    return {
      baseUrl: config.baseUrl ?? DEFAULT_BASE_URL,
      tokens: staticTokenSource(config.token),
      userId: config.userId,
      userIdType: config.userIdType ?? 'open_id',
    };
  }
  // Only now touch the keychain: a run with --token never needs it.
  const auth = deps.auth();
  const signedIn = await accountTokenSourceForCli(auth);
  if (!signedIn) {
    throw new SignInNeededError(
      'No token. Pass --token (or FEISHU_USER_ACCESS_TOKEN) with --user-id, or sign in once with `npm run cli -- login` or `npm run cli -- token set`.',
    );
  }
  if (signedIn.account.needsSignIn) {
    throw new SignInNeededError('The saved sign-in can no longer be renewed. Sign in again: `npm run cli -- login`.');
  }
  return {
    baseUrl: config.baseUrl ?? signedIn.account.baseUrl,
    tokens: signedIn.tokens,
    userId: config.userId ?? signedIn.account.userId,
    userIdType: config.userIdType ?? signedIn.account.userIdType,
  };
}
