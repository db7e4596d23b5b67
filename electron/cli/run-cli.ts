import { isApiError } from '../../shared/feishu/api-error';
import { loginCommand } from './commands/login';
import { loginBrokerCommand, wantsBrokerLogin } from './commands/login-broker';
import { readManagedConfig } from '../managed/read-managed-config';
import { logoutCommand } from './commands/logout';
import { statusCommand } from './commands/status';
import { tokenSetCommand } from './commands/token-set';
import { tasksCommand } from './commands/tasks';
import { countCommand } from './commands/count';
import { watchCommand } from './commands/watch';
import type { CliContext } from './cli-context';
import { createCallLog } from './call-log';
import { defaultCliStateDir } from '../auth/cli-auth-context';
import { EXIT, exitCodeFor, SignInNeededError, UsageError } from './exit-codes';
import { USAGE } from './usage';

// The CLI as a function: argv in, exit code out, output through ctx.io. main.ts wires it to the
// process; tests call it directly. Every failure ends as one line on stderr — no stack trace,
// never a token (ApiError messages are built without one; see classify-error.ts).

type Command = (args: string[], ctx: CliContext) => Promise<number>;

const API_COMMANDS: Record<string, Command> = { tasks: tasksCommand, count: countCommand, watch: watchCommand };

export async function runCli(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...args] = argv;
  try {
    if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
      ctx.io.stdout(USAGE);
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    const apiCommand = API_COMMANDS[name];
    if (apiCommand) return await apiCommand(args, ctx);
    if (name === 'token' && args[0] === 'set') return await tokenSetCommand(args.slice(1), authContext(args.slice(1), ctx));
    if (name === 'login') {
      const managed = await readManagedConfig(ctx.env);
      if (wantsBrokerLogin(args, managed)) return await loginBrokerCommand(args, authContext(args, ctx), managed);
      return await loginCommand(args, authContext(args, ctx));
    }
    if (name === 'logout') return await logoutCommand(args, authContext(args, ctx));
    if (name === 'status') return await statusCommand(args, authContext(args, ctx), await readManagedConfig(ctx.env));
    throw new UsageError(`Unknown command "${name}". Try: npm run cli -- help`);
  } catch (error) {
    return report(error, name ?? '', ctx);
  }
}

// The auth commands keep their own flags; the state dir comes from the environment (the same
// APPROVAL_TRAY_STATE_DIR the API commands read), so both halves see the same account.
function authContext(_args: string[], ctx: CliContext) {
  const stateDir = ctx.env.APPROVAL_TRAY_STATE_DIR ?? defaultCliStateDir(ctx.env);
  const auth = ctx.auth(stateDir);
  return { ...auth, callsThisMonth: async () => createCallLog(stateDir, () => ctx.clock.now()).thisMonth() };
}

function report(error: unknown, command: string, ctx: CliContext): number {
  const prefix = command ? `${command}: ` : '';
  if (error instanceof UsageError) {
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

