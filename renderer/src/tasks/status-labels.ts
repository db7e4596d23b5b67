import type { TFunction } from '../i18n/translator';
import type { ProcessStatus, TaskStatus } from '../../../shared/tasks/task';

// Known values get a translated label; anything else is shown exactly as the API sent it.

export function taskStatusLabel(t: TFunction, status: TaskStatus): string {
  if (status.kind === 'unknown') return status.raw;
  return t(`status.${status.kind}`);
}

export function processStatusLabel(t: TFunction, status: ProcessStatus): string {
  if (status.kind === 'unknown') return status.raw;
  return t(`process.${status.kind}`);
}
