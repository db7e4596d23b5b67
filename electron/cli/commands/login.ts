import { parseArgs } from 'node:util';
import { signIn } from '../../auth/sign-in';
import { browserSignInDeps } from './browser-sign-in-deps';
import { DEFAULT_CALLBACK_PORT } from '../../auth/oauth-sign-in';
import type { CliAuthContext } from '../../auth/cli-auth-context';
import { EXIT } from '../exit-codes';
import { loginWithAppCredentials } from './login-app-credentials';
import { announceScopes, failureMessage, grantExitCode, readScopesFlag } from './login-scopes';
import { appSecretFor, loginFailed, loginTarget } from './login-target';
import type { LoginTarget } from './login-target';

// `login`: the app's OAuth flow from a terminal (prints the URL, then opens it, best effort), or
// with --app-credentials the app's third sign-in mode.
export async function loginCommand(args: string[], ctx: CliAuthContext): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'app-id': { type: 'string' },
      region: { type: 'string' },
      'base-url': { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      timeout: { type: 'string' },
      'app-credentials': { type: 'boolean', default: false },
      'user-id': { type: 'string' },
      'user-id-type': { type: 'string' },
      scopes: { type: 'string' },
    },
    strict: true,
  });
  const scopes = readScopesFlag(values.scopes);
  if (!scopes.ok) return usage(ctx, scopes.message);
  const previous = await ctx.accounts.get();
  let target: LoginTarget;
  try {
    target = loginTarget(values, previous);
  } catch (error) {
    return loginFailed(ctx, error instanceof Error ? error.message : String(error));
  }
  if (values['app-credentials']) {
    if (scopes.scopes.length > 0) return usage(ctx, '--scopes needs the browser sign-in: the approval APIs take a user\'s token, and app credentials have none.');
    return loginWithAppCredentials(values, target, previous, ctx);
  }
  if (values['user-id'] !== undefined || values['user-id-type'] !== undefined) {
    return loginFailed(ctx, '--user-id and --user-id-type go with --app-credentials; the browser sign-in learns who you are.');
  }

  const appId = values['app-id'] ?? (previous?.mode === 'oauth' ? previous.appId : undefined);
  if (!appId) return loginFailed(ctx, 'Give your app\'s ID with --app-id cli_xxx (see docs/feishu-app-setup.md).');
  const port = values.port ? Number(values.port) : (previous?.callbackPort ?? DEFAULT_CALLBACK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return loginFailed(ctx, '--port must be a port number.');
  const timeoutSec = values.timeout ? Number(values.timeout) : 300;
  if (!(timeoutSec > 0)) return loginFailed(ctx, '--timeout must be a positive number of seconds.');

  const appSecret = await appSecretFor(ctx, previous, appId, target);
  if (!appSecret) return loginFailed(ctx, 'No App Secret on stdin. Example: printf %s "$APP_SECRET" | npm run cli -- login --app-id cli_xxx');

  announceScopes(ctx, scopes.scopes);
  const outcome = await signIn(
    { mode: 'oauth', region: target.region, baseUrl: target.baseUrl, appId, appSecret, callbackPort: port },
    browserSignInDeps(ctx, { timeoutSec, noOpen: values['no-open'] }),
    { extraScopes: scopes.scopes },
  );
  if (!outcome.ok) return loginFailed(ctx, failureMessage(outcome, scopes.scopes));
  ctx.io.stdout(`Signed in as ${outcome.value.userName ?? outcome.value.userId} (${outcome.value.userId}). Secrets are in the ${ctx.secrets.describe().backend}.`);
  return grantExitCode(ctx, outcome.value, scopes.scopes);
}

function usage(ctx: CliAuthContext, message: string): number {
  ctx.io.stderr(`login: ${message}`);
  return EXIT.usage;
}
