import type { Task } from '../../shared/tasks/task';
import { TOPIC_NAMES } from '../../shared/tasks/topic';
import type { TopicCode } from '../../shared/tasks/topic';
import { fitColumn, terminalSafe } from './terminal-text';

// The human output of `tasks`: one row per task, columns sized for an 120-column terminal.

const COLUMNS = [
  { header: 'TITLE', width: 40, cell: (t: Task) => t.title },
  { header: 'DEFINITION', width: 24, cell: (t: Task) => t.definition.name },
  { header: 'INITIATORS', width: 20, cell: (t: Task) => t.initiators.map((p) => p.name || p.id).join(', ') },
  { header: 'STATUS', width: 22, cell: (t: Task) => statusText(t) },
];

export function statusText(task: Task): string {
  const status = task.status.kind === 'unknown' ? task.status.raw : task.status.kind;
  const process = task.processStatus.kind === 'unknown' ? task.processStatus.raw : task.processStatus.kind;
  return process && process !== 'none' ? `${status} / ${process}` : status;
}

export function formatTaskTable(topic: TopicCode, total: number | null, capped: boolean, tasks: readonly Task[]): string[] {
  const lines = [COLUMNS.map((c) => fitColumn(c.header, c.width)).join('  ').trimEnd()];
  for (const task of tasks) {
    lines.push(COLUMNS.map((c) => fitColumn(terminalSafe(c.cell(task)), c.width)).join('  ').trimEnd());
  }
  lines.push(`${tasks.length} task(s) in ${TOPIC_NAMES[topic]} (topic ${topic}); the API counts ${totalText(total, capped)}.`);
  return lines;
}

export function totalText(total: number | null, capped: boolean): string {
  if (total === null) return 'no total';
  return capped ? `${total}+` : String(total);
}
