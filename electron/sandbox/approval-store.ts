import type { RawTask } from '../../shared/feishu/raw-task';
import type { TopicCode } from '../../shared/tasks/topic';
import { demoForm, demoSummaries } from './approval-forms';
import { buildInstanceDetail, demoWaitingHours, recordDecision, serialOf } from './approval-instances';
import type { InstanceDetail } from './approval-instances';
import type { SandboxApprovals, TaskTraits } from './sandbox-types';
import type { TaskStore } from './task-store';

// The user-level approval APIs' view of the demo: the same tasks the tasks/query store serves
// (same task_id, instance_code = process_code), plus per-task traits (needs a handwritten
// signature, no API actions), instance details generated once and kept (so decisions stick),
// and decisions that move a task from to-do (1) to done (2) in the tasks/query store too.

export const APPROVAL_TOPICS = ['1', '2', '17', '18'] as const;
export type ApprovalTopic = (typeof APPROVAL_TOPICS)[number];

export type DecisionResult = { ok: true } | { ok: false; status: number; code: number; msg: string };

export interface ApprovalStore extends SandboxApprovals {
  listItems(topic: ApprovalTopic): Record<string, unknown>[];
  detail(instanceCode: string): InstanceDetail | null;
  decide(input: { pass: boolean; instanceCode: string; taskId: string; comment: string }): DecisionResult;
}

const HOUR = 3_600_000;
const SEARCH_ORDER: readonly TopicCode[] = ['1', '2', '17', '18', '3'];
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

export function createApprovalStore(options: { store: TaskStore; userId: string; now: () => number; wordStatuses?: boolean }): ApprovalStore {
  const { store, userId, now } = options;
  const startedAt = now();
  const initialTodo = store.tasks('1').map((task) => text(task.task_id));
  const initial = new Set(initialTodo);
  const firstSeen = new Map<string, number>();
  const details = new Map<string, InstanceDetail>();
  const traits = new Map<string, TaskTraits>();
  const signatureTaskId = initialTodo[1] ?? null;
  const noApiTaskId = initialTodo[2] ?? null;
  if (signatureTaskId) traits.set(signatureTaskId, { signature: true });
  if (noApiTaskId) traits.set(noApiTaskId, { apiOperate: false });

  /** Initial tasks have waited a spread of hours; later arrivals wait from when first seen. */
  function waitingSince(taskId: string): number {
    if (initial.has(taskId) || !/^\d+$/.test(taskId)) return startedAt - demoWaitingHours(serialOf(taskId)) * HOUR;
    if (!firstSeen.has(taskId)) firstSeen.set(taskId, now());
    return firstSeen.get(taskId)!;
  }

  function find(instanceCode: string): { raw: RawTask; topic: TopicCode } | null {
    for (const topic of SEARCH_ORDER) {
      const raw = store.tasks(topic).find((task) => text(task.process_code) === instanceCode);
      if (raw) return { raw, topic };
    }
    return null;
  }

  function detail(instanceCode: string): InstanceDetail | null {
    const cached = details.get(instanceCode);
    if (cached) return cached;
    const found = instanceCode ? find(instanceCode) : null;
    if (!found) return null;
    const built = buildInstanceDetail({ raw: found.raw, userId, waitingSince: waitingSince(text(found.raw.task_id)), todo: found.topic === '1', now: startedAt });
    details.set(instanceCode, built);
    return built;
  }

  function listItem(raw: RawTask, topic: ApprovalTopic): Record<string, unknown> {
    const taskId = text(raw.task_id);
    const serial = serialOf(taskId);
    const form = demoForm(text(raw.definition_name), text(raw.title), serial, startedAt);
    const external = text(raw.process_external_id) !== '';
    const item: Record<string, unknown> = {
      topic, user_id: raw.user_id, title: raw.title, status: raw.status, instance_status: raw.process_status,
      definition_code: raw.definition_code, initiator: (raw.initiators as unknown[] | undefined)?.[0], initiator_name: (raw.initiator_names as unknown[] | undefined)?.[0],
      task_id: taskId, instance_code: raw.process_code, definition_group_id: raw.definition_group_id, definition_group_name: raw.definition_group_name,
      definition_name: raw.definition_name, summaries: demoSummaries(form, serial),
    };
    if (external) Object.assign(item, { instance_external_id: raw.process_external_id, task_external_id: raw.task_external_id, link: `https://itsm.example.com/tickets/${serial}` });
    const own = traits.get(taskId);
    // Absent for the signature task: the list cannot tell that one in advance.
    const apiOperate = own?.signature ? undefined : (own?.apiOperate ?? !external);
    if (apiOperate !== undefined) item.support_api_operate = apiOperate;
    return item;
  }

  return {
    signatureTaskId,
    noApiTaskId,
    listItems: (topic) => store.tasks(topic).map((raw) => listItem(raw, topic)),
    detail,
    setTraits: (taskId, next) => void traits.set(taskId, { ...next }),
    decide({ pass, instanceCode, taskId, comment }) {
      const instance = detail(instanceCode);
      if (!instance) return { ok: false, status: 400, code: 1390003, msg: 'instance code not found' };
      const raw = store.tasks('1').find((task) => text(task.task_id) === taskId && text(task.process_code) === instanceCode);
      if (!raw) return { ok: false, status: 400, code: 1390010, msg: 'task not found' };
      const own = traits.get(taskId);
      if (own?.signature || own?.apiOperate === false || text(raw.process_external_id) !== '') {
        return { ok: false, status: 400, code: 1390018, msg: 'not support handwritten signature' };
      }
      recordDecision(instance, taskId, pass, comment, now());
      store.removeTask('1', taskId);
      const done = options.wordStatuses ? 'Done' : '2';
      const processStatus = options.wordStatuses ? (pass ? 'Approved' : 'Rejected') : pass ? '2' : '3';
      store.addTask('2', { ...raw, topic: '2', status: done, process_status: processStatus });
      return { ok: true };
    },
  };
}
