import { API_OPTIONS, TOPICS } from './api-options';
import type { CommandHelp } from './command-help';

export const tasksHelp: CommandHelp = {
  name: 'tasks',
  summary: 'tasks [--topic T] [--json]           All tasks of a topic (default: to-do).',
  usage: `Usage: approval-tray tasks [--topic T] [--json] [options]

All tasks of a topic, every page. With --json exactly one document: {"topic","total","tasks"}.

  --topic T             which list (default: todo)
${TOPICS}

${API_OPTIONS}`,
};
