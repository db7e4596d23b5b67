import { API_OPTIONS } from './api-options';
import type { CommandHelp } from './command-help';

export const watchHelp: CommandHelp = {
  name: 'watch',
  summary: 'watch [--interval SECONDS] [--json]  Poll to-do and print each new task once.',
  usage: `Usage: approval-tray watch [--interval SECONDS] [--json] [options]

Poll the to-do list and print each new task once; the first run prints the backlog as one line.
What was printed is remembered in the state dir. Ctrl-C stops it.

  --interval SECONDS    time between polls, 1 to 86400 (default: 300)

${API_OPTIONS}`,
};
