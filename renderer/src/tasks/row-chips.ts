import type { TFunction } from '../i18n/translator';
import type { TaskView } from '../../../shared/ipc/view-types';
import { processStatusLabel, taskStatusLabel } from './status-labels';

/**
 * Only the chips that tell the user something the tab does not already say: every to-do is
 * "to do" and every done task is done, so those get none. The process status matters only for
 * what the user started (Initiated); in the CC tab, which CCs are still unread. A status the app
 * does not know is shown as sent, since it might matter.
 */
export function rowChips(t: TFunction, task: TaskView): string[] {
  const chips: string[] = [];
  if (task.status.kind === 'unknown') chips.push(taskStatusLabel(t, task.status));
  if (task.topic === '17') chips.push(t('status.unread'));
  if (task.topic === '3') chips.push(processStatusLabel(t, task.processStatus));
  return chips;
}
