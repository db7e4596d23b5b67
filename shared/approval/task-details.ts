import type { ApprovalItem, InstanceInfo } from './approval-types';
import { waitingSince } from './waiting-time';

// One task with its details as the CLI's `show --json` prints it (README "CLI"), the same for
// every front end: times as ISO 8601 or null, the form as {name,type,value} lines, and
// `can_act` true only when the task is in the to-do list and the API says it may be acted on.

export interface TaskDetailsDocument {
  task_id: string;
  instance_code: string;
  title: string;
  definition_name: string;
  initiator_name: string;
  submitted_at: string | null;
  waiting_since: string | null;
  summaries: { key: string; value: string }[];
  form: { name: string; type: string; value: string }[];
  can_act: boolean;
}

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export function canAct(item: ApprovalItem, inTodo: boolean): boolean {
  return inTodo && item.supportApiOperate === true;
}

export function taskDetailsDocument(item: ApprovalItem, instance: InstanceInfo, inTodo: boolean): TaskDetailsDocument {
  return {
    task_id: item.taskId,
    instance_code: item.instanceCode,
    title: item.title,
    definition_name: item.definitionName || instance.definitionName,
    initiator_name: item.initiatorName,
    submitted_at: iso(instance.submittedAt),
    waiting_since: iso(waitingSince(instance, item.taskId)),
    summaries: item.summaries.map(({ key, value }) => ({ key, value })),
    form: instance.form.ok ? instance.form.fields.map((field) => ({ name: field.name, type: field.kind, value: field.text })) : [],
    can_act: canAct(item, inTodo),
  };
}
