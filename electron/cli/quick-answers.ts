import { COMMANDS, findCommand } from './command-table';
import { EXIT } from './exit-codes';
import { USAGE } from './usage';
import { cliVersion } from './version';

// What the CLI can answer without loading any command: --version, help, COMMAND --help and
// unknown commands. main.ts tries these first, so a status bar polling `--version` or a user
// asking for help never pays for zod, keytar or the API client.

export interface QuickAnswer {
  code: number;
  stdout?: string;
  stderr?: string;
}

const HELP_FLAGS = new Set(['--help', '-h']);

export function quickAnswer(argv: readonly string[]): QuickAnswer | null {
  const [name, ...rest] = argv;
  if (name === undefined) return { code: EXIT.usage, stdout: USAGE };
  if (name === '--version' || name === '-V') return { code: EXIT.ok, stdout: cliVersion() };
  if (HELP_FLAGS.has(name)) return { code: EXIT.ok, stdout: USAGE };
  if (name === 'help') {
    if (rest.length === 0) return { code: EXIT.ok, stdout: USAGE };
    const found = findCommand(rest);
    if (!found || found.args.length > 0) return unknown(rest.join(' '));
    return { code: EXIT.ok, stdout: found.entry.help.usage };
  }
  const found = findCommand(argv);
  if (!found) return unknown(name === 'token' ? argv.slice(0, 2).join(' ') : name);
  // Before `--`, a help flag anywhere asks for this command's help instead of running it.
  const ownArgs = found.args.includes('--') ? found.args.slice(0, found.args.indexOf('--')) : found.args;
  if (ownArgs.some((arg) => HELP_FLAGS.has(arg))) return { code: EXIT.ok, stdout: found.entry.help.usage };
  return null;
}

function unknown(name: string): QuickAnswer {
  const names = COMMANDS.map((command) => command.help.name).join(', ');
  return { code: EXIT.usage, stderr: `Unknown command "${name}". Commands: ${names}. Try: approval-tray help` };
}
