import type { RawTask } from '../feishu/raw-task';
import type { Person, Task, TaskLinks } from './task';
import type { TopicCode } from './topic';
import { parseProcessStatus, parseTaskStatus } from './task-status';

// The one place that reads the API's raw task shape. Defensive by design: any field may be
// missing or of the wrong type, and text stays plain text (nothing here interprets HTML).

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A task id must be a non-blank string or a finite number; anything else is unusable. */
function taskId(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function initiators(ids: unknown, names: unknown): Person[] {
  const idList = Array.isArray(ids) ? ids : [];
  const nameList = Array.isArray(names) ? names : [];
  const length = Math.max(idList.length, nameList.length);
  const people: Person[] = [];
  for (let index = 0; index < length; index++) {
    people.push({ id: text(idList[index]), name: text(nameList[index]) });
  }
  return people;
}

function links(urls: unknown): TaskLinks {
  const result: TaskLinks = {};
  if (urls === null || typeof urls !== 'object') return result;
  const { pc, mobile, helpdesk } = urls as Record<string, unknown>;
  // Kept as sent; shared/links/url-policy decides what may be opened.
  if (typeof pc === 'string' && pc !== '') result.pc = pc;
  if (typeof mobile === 'string' && mobile !== '') result.mobile = mobile;
  if (typeof helpdesk === 'string' && helpdesk !== '') result.helpdesk = helpdesk;
  return result;
}

/** Null when the raw task has no usable task_id (the caller counts it as dropped). */
export function normalizeTask(raw: RawTask, topic: TopicCode): Task | null {
  if (raw === null || typeof raw !== 'object') return null;
  const id = taskId(raw.task_id);
  if (id === null) return null;
  return {
    id,
    topic,
    title: text(raw.title),
    status: parseTaskStatus(raw.status),
    processStatus: parseProcessStatus(raw.process_status),
    definition: {
      code: text(raw.definition_code),
      id: text(raw.definition_id),
      name: text(raw.definition_name),
      groupId: text(raw.definition_group_id),
      groupName: text(raw.definition_group_name),
    },
    initiators: initiators(raw.initiators, raw.initiator_names),
    links: links(raw.urls),
    processId: text(raw.process_id),
    processCode: text(raw.process_code),
    processExternalId: text(raw.process_external_id),
    taskExternalId: text(raw.task_external_id),
    userId: text(raw.user_id),
  };
}
