import { API_OPTIONS, TOPICS } from './api-options';
import type { CommandHelp } from './command-help';

export const countHelp: CommandHelp = {
  name: 'count',
  summary: 'count [--topic T] [--json]           The number of tasks in a topic, for a status bar.',
  usage: `Usage: approval-tray count [--topic T] [--json] [options]

The number of tasks in a topic, for a status bar: one API call. "999+" (or "capped": true with
--json) means the API stopped counting.

  --topic T             which list (default: todo)
${TOPICS}

${API_OPTIONS}`,
};
