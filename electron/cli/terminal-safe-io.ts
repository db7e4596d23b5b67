import type { CliIo } from '../auth/cli-auth-context';
import { terminalSafeLines } from './terminal-text';

// Every line the CLI prints goes through the terminal filter, so no command can forget it: error
// messages, log_ids and user names come from the network as much as task titles do. `--json`
// lines pass unchanged (json-line.ts has already escaped everything the filter would touch).
export function terminalSafeIo(io: CliIo): CliIo {
  return {
    ...io,
    stdout: (line) => io.stdout(terminalSafeLines(line)),
    stderr: (line) => io.stderr(terminalSafeLines(line)),
  };
}
