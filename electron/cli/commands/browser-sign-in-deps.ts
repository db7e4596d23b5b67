import type { CliAuthContext } from '../../auth/cli-auth-context';
import type { SignInDeps } from '../../auth/sign-in-deps';

// What the browser sign-in needs from a terminal, the same for the own-app and the broker login:
// the keychain and account file, the authorize URL printed (then opened, unless --no-open).
export function browserSignInDeps(ctx: CliAuthContext, options: { timeoutSec: number; noOpen: boolean }): SignInDeps {
  return {
    fetch: ctx.fetch,
    secrets: ctx.secrets,
    accounts: ctx.accounts,
    now: ctx.now,
    timeoutMs: options.timeoutSec * 1000,
    onAuthorizeUrl: (url) => ctx.io.stdout(`Open this URL to sign in (waiting up to ${options.timeoutSec} s):\n${url}`),
    openExternal: options.noOpen ? () => undefined : (url) => ctx.openUrl(url),
  };
}
