import type { CliAuthContext } from '../auth/cli-auth-context';
import type { CliContext } from './cli-context';
import type { CommandHelp } from './help/command-help';
import { approveHelp, rejectHelp, showHelp } from './help/approval';
import { countHelp } from './help/count';
import { doctorHelp } from './help/doctor';
import { loginHelp } from './help/login';
import { logoutHelp } from './help/logout';
import { statusHelp } from './help/status';
import { tasksHelp } from './help/tasks';
import { tokenSetHelp } from './help/token-set';
import { watchHelp } from './help/watch';

// Every command: its help (text, loaded at once) and how to load it (only when it runs, so
// `--version` and `--help` never load zod, keytar or the API client). API commands get the
// CLI context; account commands the keychain-backed auth context.

export type CommandEntry =
  | { kind: 'api'; help: CommandHelp; load: () => Promise<(args: string[], ctx: CliContext) => Promise<number>> }
  | { kind: 'auth'; help: CommandHelp; load: () => Promise<(args: string[], ctx: CliAuthContext) => Promise<number>> };

export const COMMANDS: readonly CommandEntry[] = [
  { kind: 'api', help: tasksHelp, load: async () => (await import('./commands/tasks')).tasksCommand },
  { kind: 'api', help: countHelp, load: async () => (await import('./commands/count')).countCommand },
  { kind: 'api', help: watchHelp, load: async () => (await import('./commands/watch')).watchCommand },
  { kind: 'api', help: showHelp, load: async () => (await import('./commands/show')).showCommand },
  { kind: 'api', help: approveHelp, load: async () => (await import('./commands/decide')).approveCommand },
  { kind: 'api', help: rejectHelp, load: async () => (await import('./commands/decide')).rejectCommand },
  { kind: 'auth', help: loginHelp, load: async () => (await import('./commands/login-entry')).loginEntry },
  { kind: 'auth', help: logoutHelp, load: async () => (await import('./commands/logout')).logoutCommand },
  { kind: 'auth', help: statusHelp, load: async () => (await import('./commands/status')).statusCommand },
  { kind: 'api', help: doctorHelp, load: async () => (await import('./commands/doctor')).doctorCommand },
  { kind: 'auth', help: tokenSetHelp, load: async () => (await import('./commands/token-set')).tokenSetCommand },
];

/** The command named at the start of argv (`token set` takes two words), and its own args. */
export function findCommand(argv: readonly string[]): { entry: CommandEntry; args: string[] } | null {
  for (const entry of COMMANDS) {
    const words = entry.help.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) return { entry, args: argv.slice(words.length) };
  }
  return null;
}
