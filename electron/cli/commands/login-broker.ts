import { parseArgs } from 'node:util';
import { brokerHost } from '../../../shared/auth/broker-token-exchange';
import type { ManagedState } from '../../../shared/managed/managed-config';
import { REGIONS } from '../../../shared/settings/settings';
import type { Region } from '../../../shared/settings/settings';
import { signIn } from '../../auth/sign-in';
import { browserSignInDeps } from './browser-sign-in-deps';
import { DEFAULT_CALLBACK_PORT } from '../../auth/oauth-sign-in';
import type { CliAuthContext } from '../../auth/cli-auth-context';
import { announceScopes, failureMessage, grantExitCode, readScopesFlag } from './login-scopes';

/** `--broker` asks for it; a managed configuration makes it the default unless --app-id says otherwise. */
export function wantsBrokerLogin(args: string[], managed: ManagedState): boolean {
  const has = (flag: string) => args.some((arg) => arg === flag || arg.startsWith(`${flag}=`));
  return has('--broker') || (managed.status !== 'none' && !has('--app-id'));
}

// `login` through a broker: the app's one-click sign-in from a terminal. Flags beat the managed
// configuration; nothing is read from stdin.
export async function loginBrokerCommand(args: string[], ctx: CliAuthContext, managed: ManagedState): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        broker: { type: 'string' },
        'app-id': { type: 'string' },
        region: { type: 'string' },
        'base-url': { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        scopes: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    return fail(ctx, error instanceof Error ? error.message : String(error), 2);
  }
  const scopes = readScopesFlag(values.scopes);
  if (!scopes.ok) return fail(ctx, scopes.message, 2);
  if (!values.broker && managed.status === 'invalid') return fail(ctx, `your organisation's managed configuration is invalid: ${managed.message} Ask your administrator, or sign in with your own app (--app-id).`);
  const config = managed.status === 'ok' ? managed.config : undefined;
  const brokerUrl = values.broker ?? config?.brokerUrl;
  const appId = values['app-id'] ?? config?.appId;
  if (!brokerUrl) return fail(ctx, 'Give the token broker with --broker https://… (ask your administrator).', 2);
  if (!appId) return fail(ctx, 'Give your organisation\'s App ID with --app-id cli_xxx.', 2);
  const region = (values.region ?? (values['base-url'] ? 'custom' : (config?.region ?? 'feishu'))) as Region;
  if (!REGIONS.includes(region)) return fail(ctx, `--region must be one of ${REGIONS.join(', ')}.`, 2);
  const port = values.port !== undefined ? Number(values.port) : (config?.callbackPort ?? DEFAULT_CALLBACK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(ctx, '--port must be a port number.', 2);
  const timeoutSec = values.timeout ? Number(values.timeout) : 300;
  if (!(timeoutSec > 0)) return fail(ctx, '--timeout must be a positive number of seconds.', 2);
  const baseUrl = values['base-url'] ?? config?.baseUrl;

  announceScopes(ctx, scopes.scopes);
  const outcome = await signIn(
    { mode: 'managed' },
    {
      ...browserSignInDeps(ctx, { timeoutSec, noOpen: values['no-open'] }),
      managed: { status: 'ok', path: managed.path, config: { region, baseUrl, appId, brokerUrl, callbackPort: port } },
    },
    { extraScopes: scopes.scopes },
  );
  if (!outcome.ok) return fail(ctx, failureMessage(outcome, scopes.scopes));
  const { value: account } = outcome;
  ctx.io.stdout(`Signed in as ${account.userName ?? account.userId} (${account.userId}) through the token broker ${brokerHost(account.brokerUrl ?? brokerUrl)}.`);
  ctx.io.stdout(`No App Secret is kept on this computer; your tokens are in the ${ctx.secrets.describe().backend}.`);
  return grantExitCode(ctx, account, scopes.scopes);
}

function fail(ctx: CliAuthContext, message: string, code = 1): number {
  ctx.io.stderr(`login: ${message}`);
  return code;
}
