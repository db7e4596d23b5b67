import type { ParseArgsConfig } from 'node:util';
import { resolveApiSession } from './api-session';
import type { ApiSession } from './api-session';
import { apiClientFor } from './api-client-for';
import { parseCommandArgs } from './cli-config';
import type { CliContext } from './cli-context';
import { readTokenFromStdin } from './token-stdin';

// What every API command starts with: its flags parsed, whose tasks with which token, and the
// engine's client with its calls counted. Usage and sign-in errors are thrown from here.
export async function openApiCommand<Extra extends NonNullable<ParseArgsConfig['options']>, Checked>(
  args: string[],
  ctx: CliContext,
  extra: Extra,
  /** Checks the command's own flags (throwing UsageError) before any keychain or network work. */
  check: (values: Record<string, string | boolean | undefined>) => Checked,
) {
  const { config: parsed, values } = parseCommandArgs(args, extra, ctx.env);
  const checked = check(values as Record<string, string | boolean | undefined>);
  const config = parsed.tokenFromStdin ? { ...parsed, token: await readTokenFromStdin(ctx.io) } : parsed;
  const session: ApiSession = await resolveApiSession(config, { fetch: ctx.fetch, now: () => ctx.clock.now(), auth: () => ctx.auth(config.stateDir) });
  const { client, calls } = apiClientFor(session, ctx, config.stateDir);
  return { config, checked, session, client, calls };
}
