import { parseArgs } from 'node:util';
import { REGIONS } from '../../../shared/settings/settings';
import type { Region } from '../../../shared/settings/settings';
import { signIn } from '../../auth/sign-in';
import { DEFAULT_CALLBACK_PORT } from '../../auth/oauth-sign-in';
import type { CliAuthContext } from '../../auth/cli-auth-context';

// `login`: the app's OAuth flow from a terminal. Prints the URL, then opens it (best effort).
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
    },
    strict: true,
  });
  const previous = await ctx.accounts.get();
  const region = (values.region ?? (values['base-url'] ? 'custom' : previous?.region ?? 'feishu')) as Region;
  if (!REGIONS.includes(region)) return fail(ctx, `--region must be one of ${REGIONS.join(', ')}.`);
  const appId = values['app-id'] ?? (previous?.mode === 'oauth' ? previous.appId : undefined);
  if (!appId) return fail(ctx, 'Give your app\'s ID with --app-id cli_xxx (see docs/feishu-app-setup.md).');
  const port = values.port ? Number(values.port) : (previous?.callbackPort ?? DEFAULT_CALLBACK_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(ctx, '--port must be a port number.');
  const timeoutSec = values.timeout ? Number(values.timeout) : 300;
  if (!(timeoutSec > 0)) return fail(ctx, '--timeout must be a positive number of seconds.');

  let appSecret = previous?.appId === appId ? await ctx.secrets.get(previous.id, 'app-secret').catch(() => null) : null;
  if (!appSecret) {
    if (ctx.io.stdinIsTty) ctx.io.stderr('Paste the App Secret, then press Enter and Ctrl-D:');
    appSecret = (await ctx.io.readStdin()).trim();
  }
  if (!appSecret) return fail(ctx, 'No App Secret on stdin. Example: printf %s "$APP_SECRET" | npm run cli -- login --app-id cli_xxx');

  const outcome = await signIn(
    { mode: 'oauth', region, baseUrl: values['base-url'], appId, appSecret, callbackPort: port },
    {
      fetch: ctx.fetch,
      secrets: ctx.secrets,
      accounts: ctx.accounts,
      now: ctx.now,
      timeoutMs: timeoutSec * 1000,
      onAuthorizeUrl: (url) => ctx.io.stdout(`Open this URL to sign in (waiting up to ${timeoutSec} s):\n${url}`),
      openExternal: values['no-open'] ? () => undefined : (url) => ctx.openUrl(url),
    },
  );
  if (!outcome.ok) return fail(ctx, outcome.message);
  ctx.io.stdout(`Signed in as ${outcome.value.userName ?? outcome.value.userId} (${outcome.value.userId}). Secrets are in the ${ctx.secrets.describe().backend}.`);
  return 0;
}

function fail(ctx: CliAuthContext, message: string): number {
  ctx.io.stderr(`login: ${message}`);
  return 1;
}
