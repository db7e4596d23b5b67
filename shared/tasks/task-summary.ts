import type { Task } from './task';
import { taskTitle } from './task-title';

// What "Copy name and number" puts on the clipboard for a task the app cannot open: enough to
// find it by hand in Feishu (search the approval centre by its name or instance code).

const LABELS = {
  zh: { approval: '审批', code: '审批实例编号', untitled: '（无标题）' },
  en: { approval: 'Approval', code: 'Instance code', untitled: '(untitled)' },
} as const;

export function taskSummary(task: Pick<Task, 'title' | 'definition' | 'processCode' | 'processExternalId'>, locale: 'zh' | 'en'): string {
  const labels = LABELS[locale];
  const sep = locale === 'zh' ? '：' : ': ';
  const lines = [taskTitle(task, labels.untitled)];
  const approval = task.definition.name.trim();
  if (approval && approval !== lines[0]) lines.push(`${labels.approval}${sep}${approval}`);
  const code = task.processCode.trim() || task.processExternalId.trim();
  if (code) lines.push(`${labels.code}${sep}${code}`);
  return lines.join('\n');
}
