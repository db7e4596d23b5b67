import type { TokenSource } from '../../shared/auth/token-source';
import { staticTokenSource } from '../../shared/auth/token-source';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import { accountTokenSourceForCli } from '../auth/cli-auth-context';
import type { CliAuthContext } from '../auth/cli-auth-context';
import { DEFAULT_BASE_URL } from './cli-config';
import type { ApiCommandConfig, UserIdType } from './cli-config';
import { SignInNeededError, UsageError } from './exit-codes';

// Who the API commands ask for, and with which token: a token given explicitly (stdin or
// environment), or else the account signed in with `login` / `token set` (its token refreshes
// itself from the keychain). The account's token only ever goes to the account's own host: the
// token source refreshes against that host, so sending its tokens anywhere else would hand a
// live credential (and every renewed one) to whoever runs the other host.

export interface ApiSession {
  baseUrl: string;
  tokens: TokenSource;
  userId: string;
  userIdType: UserIdType;
}

/** `config.token` is the explicitly given token, already read from stdin for --token-stdin. */
export async function resolveApiSession(
  config: ApiCommandConfig,
  deps: { fetch: FetchPort; now(): number; auth(): CliAuthContext },
): Promise<ApiSession> {
  if (config.token !== undefined) {
    if (config.userId === undefined) {
      throw new UsageError('--user-id (or FEISHU_USER_ID) is required with a given token: whose approvals should be listed?');
    }
    return {
      baseUrl: config.baseUrl ?? DEFAULT_BASE_URL,
      tokens: staticTokenSource(config.token),
      userId: config.userId,
      userIdType: config.userIdType ?? 'open_id',
    };
  }
  // Only now touch the keychain: a run with a given token never needs it. Creating the token
  // source reads no secret yet; the host check below comes before any token is read or sent.
  const auth = deps.auth();
  const signedIn = await accountTokenSourceForCli(auth);
  if (!signedIn) {
    throw new SignInNeededError(
      'No token. Pipe one in with --token-stdin (or set FEISHU_USER_ACCESS_TOKEN) with --user-id, or sign in once with `npm run cli -- login` or `npm run cli -- token set`.',
    );
  }
  const own = signedIn.account.baseUrl;
  if (config.baseUrl !== undefined && !sameOrigin(config.baseUrl, own)) {
    throw new UsageError(
      `--base-url/FEISHU_BASE_URL is ${config.baseUrl}, but the signed-in account's token is sent only to its own host, ${own}. ` +
        'For another host, give a token of that host with --token-stdin or FEISHU_USER_ACCESS_TOKEN (and --user-id).',
    );
  }
  if (signedIn.account.needsSignIn) {
    throw new SignInNeededError('The saved sign-in can no longer be renewed. Sign in again: `npm run cli -- login`.');
  }
  return {
    baseUrl: config.baseUrl ?? own,
    tokens: signedIn.tokens,
    userId: config.userId ?? signedIn.account.userId,
    userIdType: config.userIdType ?? signedIn.account.userIdType,
  };
}

/** Same scheme, host and port: both are normalised base URLs, so a parse failure means "no". */
function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
