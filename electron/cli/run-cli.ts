import { isApiError } from '../../shared/feishu/api-error';
import type { CliContext } from './cli-context';
import { createCallLog } from './call-log';
import { defaultCliStateDir } from '../auth/cli-auth-context';
import { findCommand } from './command-table';
import { EXIT, exitCodeFor, SignInNeededError, UsageError } from './exit-codes';
import { quickAnswer } from './quick-answers';
import { terminalSafeIo } from './terminal-safe-io';

// The CLI as a function: argv in, exit code out, output through ctx.io. main.ts wires it to the
// process; tests call it directly. Every failure ends as one line on stderr — no stack trace,
// never a token (ApiError messages are built without one; see classify-error.ts).

export async function runCli(argv: string[], rawCtx: CliContext): Promise<number> {
  const ctx: CliContext = { ...rawCtx, io: terminalSafeIo(rawCtx.io) };
  const quick = quickAnswer(argv);
  if (quick) {
    if (quick.stdout !== undefined) ctx.io.stdout(quick.stdout);
    if (quick.stderr !== undefined) ctx.io.stderr(quick.stderr);
    return quick.code;
  }
  const found = findCommand(argv);
  const name = found?.entry.help.name ?? argv[0] ?? '';
  try {
    // quickAnswer answered every argv that names no command.
    if (!found) throw new UsageError(`Unknown command "${name}". Try: approval-tray help`);
    const { entry, args } = found;
    if (entry.kind === 'api') return await (await entry.load())(args, ctx);
    return await (await entry.load())(args, authContext(args, ctx));
  } catch (error) {
    return report(error, name, ctx);
  }
}

// The auth commands keep their own flags; the state dir comes from the environment (the same
// APPROVAL_TRAY_STATE_DIR the API commands read), so both halves see the same account.
function authContext(_args: string[], ctx: CliContext) {
  const stateDir = ctx.env.APPROVAL_TRAY_STATE_DIR ?? defaultCliStateDir(ctx.env);
  const auth = ctx.auth(stateDir);
  return {
    ...auth,
    io: ctx.io,
    callsThisMonth: async () => createCallLog(stateDir, () => ctx.clock.now()).thisMonth(),
    managedConfig: async () => (await import('../managed/read-managed-config')).readManagedConfig(ctx.env),
  };
}

function report(error: unknown, command: string, ctx: CliContext): number {
  const prefix = command ? `${command}: ` : '';
  if (error instanceof UsageError || isParseArgsError(error)) {
    ctx.io.stderr(`${prefix}${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof SignInNeededError) {
    ctx.io.stderr(`${prefix}${error.message}`);
    return EXIT.signIn;
  }
  if (isApiError(error)) {
    const support = [error.code !== undefined ? `code ${error.code}` : '', error.logId ? `log_id ${error.logId}` : ''].filter(Boolean).join(', ');
    ctx.io.stderr(`${prefix}${error.message}${support ? ` (${support})` : ''}`);
    return exitCodeFor(error.kind);
  }
  // Unexpected: still one line. The message of a Node error never holds our token, but the
  // stack and cause are dropped on purpose.
  ctx.io.stderr(`${prefix}${error instanceof Error ? error.message : String(error)}`);
  return EXIT.failed;
}


/** node:util parseArgs' errors (unknown flag, missing value) are usage errors too. */
function isParseArgsError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
