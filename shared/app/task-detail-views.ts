import { APPROVAL_SCOPES } from '../approval/approval-scopes';
import type { ApprovalItem, InstanceInfo } from '../approval/approval-types';
import type { FormField } from '../approval/form-field';
import { waitingSince } from '../approval/waiting-time';
import type { ActionAvailability, ApprovalFeaturesView, TaskDetailView, TaskDetailsSummary, TimelineItemView } from '../ipc/view-types';
import { taskLink } from '../links/url-policy';
import type { Task } from '../tasks/task';
import { taskTitle } from '../tasks/task-title';
import type { TopicCode } from '../tasks/topic';

// What the window, tray and notifications are shown of the enrichment (issue #11), built from
// the cached GET /tasks item and instances/detail answer. Pure.

/** Summary fields a row, the tooltip and a notification show. */
export const ROW_SUMMARIES = 3;

/**
 * Whether Approve / Reject may be offered, or the first reason why not, in the order a user can
 * do something about it: what the task itself forbids (only Feishu can), then the setting, then
 * the permission the setting needs.
 */
export function actionAvailability(input: {
  inTodo: boolean;
  item: ApprovalItem | undefined;
  needsSignature: boolean;
  actFromApp: boolean;
  features: ApprovalFeaturesView;
}): ActionAvailability {
  if (!input.inTodo) return { can: false, reason: 'not-todo' };
  if (!input.item) return { can: false, reason: 'unknown' };
  if (input.needsSignature) return { can: false, reason: 'signature' };
  if (input.item.supportApiOperate === false) return { can: false, reason: 'not-supported' };
  if (!input.actFromApp) return { can: false, reason: 'turned-off' };
  const missing = input.features.act.missingScopes;
  if (missing.length > 0) return { can: false, reason: 'missing-scope', scope: missing.includes(APPROVAL_SCOPES.act) ? APPROVAL_SCOPES.act : missing[0] };
  // The list left support_api_operate out (as it does for signature tasks): do not offer it.
  if (input.item.supportApiOperate !== true) return { can: false, reason: 'unknown' };
  return { can: true };
}

export function detailsSummary(item: ApprovalItem, instance: InstanceInfo | undefined, action: ActionAvailability, showDetails: boolean): TaskDetailsSummary {
  return {
    instanceCode: item.instanceCode,
    summaries: showDetails ? item.summaries.slice(0, ROW_SUMMARIES).map(({ key, value }) => ({ key, value })) : [],
    submittedAt: showDetails ? (instance?.submittedAt ?? null) : null,
    waitingSince: showDetails && instance ? waitingSince(instance, item.taskId) : null,
    action,
  };
}

/** "金额: 1,200.00 CNY · 事由: 出差" (up to three pairs); empty when there are none. */
export function summaryLine(summaries: readonly { key: string; value: string }[]): string {
  return summaries
    .slice(0, ROW_SUMMARIES)
    .map(({ key, value }) => (key && value ? `${key}: ${value}` : key || value))
    .map((pair) => pair.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' · ');
}

export function detailView(input: {
  topic: TopicCode;
  task: Task;
  item: ApprovalItem;
  instance: InstanceInfo;
  action: ActionAvailability;
  untitled: string;
  /**
   * Names the app already knows by user id (initiators of polled tasks, the signed-in user): the
   * instance's timeline carries ids only, and resolving others would need the contact API.
   */
  knownNames?: ReadonlyMap<string, string>;
}): TaskDetailView {
  const { task, item, instance } = input;
  return {
    topic: input.topic,
    taskId: task.id,
    instanceCode: item.instanceCode,
    serialNumber: instance.serialNumber,
    title: taskTitle(task, input.untitled),
    definitionName: task.definition.name || item.definitionName || instance.definitionName,
    initiatorName: task.initiators.map((person) => person.name).filter(Boolean).join(', ') || item.initiatorName,
    submittedAt: instance.submittedAt,
    waitingSince: waitingSince(instance, task.id),
    summaries: item.summaries.map(({ key, value }) => ({ key, value })),
    form: namedPeople(instance.form, input.knownNames),
    timeline: timelineOf(item, instance, task, input.knownNames),
    action: input.action,
    openable: taskLink(task, 'pc') !== null,
  };
}

/** The history, with the names the app knows (this task's initiator first); others by their user id. */
function timelineOf(item: ApprovalItem, instance: InstanceInfo, task: Task, knownNames?: ReadonlyMap<string, string>): TimelineItemView[] {
  const names = new Map<string, string>(knownNames);
  for (const person of task.initiators) if (person.id && person.name) names.set(person.id, person.name);
  if (item.initiatorId && item.initiatorName) names.set(item.initiatorId, item.initiatorName);
  return instance.timeline.map((entry) => ({ type: entry.type, at: entry.at, who: entry.userId ? (names.get(entry.userId) ?? entry.userId) : '', comment: entry.comment }));
}

/** People widgets carry user ids: show the names the app knows (others stay ids), tables too. */
function namedPeople(form: InstanceInfo['form'], knownNames?: ReadonlyMap<string, string>): InstanceInfo['form'] {
  if (!form.ok || !knownNames || knownNames.size === 0) return form;
  const name = (field: FormField): FormField => {
    if (field.kind === 'people' && field.items) {
      const items = field.items.map((id) => knownNames.get(id) ?? id);
      return { ...field, items, text: items.join(', ') };
    }
    return field.rows ? { ...field, rows: field.rows.map((row) => row.map(name)) } : field;
  };
  return { ok: true, fields: form.fields.map(name) };
}
