import { parseArgs } from 'node:util';
import { REGIONS } from '../../../shared/settings/settings';
import type { Region } from '../../../shared/settings/settings';
import { signIn } from '../../auth/sign-in';
import type { CliAuthContext } from '../../auth/cli-auth-context';

export async function tokenSetCommand(args: string[], ctx: CliAuthContext): Promise<number> {
  const { values } = parseArgs({ args, options: { region: { type: 'string' }, 'base-url': { type: 'string' } }, strict: true });
  const region = (values.region ?? (values['base-url'] ? 'custom' : 'feishu')) as Region;
  if (!REGIONS.includes(region)) return fail(ctx, `--region must be one of ${REGIONS.join(', ')}.`);
  if (ctx.io.stdinIsTty) ctx.io.stderr('Paste the user access token, then press Enter and Ctrl-D:');
  const token = (await ctx.io.readStdin()).trim();
  if (!token) return fail(ctx, 'No token on stdin. Example: printf %s "$TOKEN" | npm run cli -- token set');
  if (/\s/.test(token) || token.length > 4000) return fail(ctx, 'That does not look like an access token (one line, no spaces).');
  const outcome = await signIn({ mode: 'user-token', region, baseUrl: values['base-url'], token }, {
    fetch: ctx.fetch,
    secrets: ctx.secrets,
    accounts: ctx.accounts,
    now: ctx.now,
    openExternal: () => undefined,
  });
  if (!outcome.ok) return fail(ctx, outcome.message);
  ctx.io.stdout(`Token saved in the ${ctx.secrets.describe().backend} for ${outcome.value.userName ?? outcome.value.userId} (${outcome.value.userId}). It cannot be renewed: paste a new one when it expires.`);
  return 0;
}

function fail(ctx: CliAuthContext, message: string): number {
  ctx.io.stderr(`token set: ${message}`);
  return 1;
}
