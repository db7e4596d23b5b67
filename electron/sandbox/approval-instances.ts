import type { RawTask } from '../../shared/feishu/raw-task';
import { demoForm } from './approval-forms';
import type { FormWidget } from './approval-forms';
import { DEMO_PEOPLE } from './demo-catalog';

// The user-level instance detail (GET /instances/detail) of a demo task, in the shape of the
// reference's §4.2: times as millisecond strings, `end_time` "0" while pending, the form as a
// JSON string, the caller's task with its own start (the "waiting since"), a prior approver's
// PASS in the records. Built from the task the tasks/query store already serves, so both
// endpoints tell one story (instance_code = the task's process_code).

export interface InstanceTask {
  id: string;
  user_id: string;
  status: string;
  node_id: string;
  node_name: string;
  type: string;
  start_time: string;
  end_time: string;
}

export interface InstanceDetail {
  definition_name: string;
  definition_code: string;
  instance_code: string;
  serial_number: string;
  start_time: string;
  end_time: string;
  user_id: string;
  department_id: string;
  status: string;
  form: string;
  reverted: boolean;
  tasks: InstanceTask[];
  comments: { id: string; user_id: string; comment: string; create_time: string }[];
  operation_records: { type: string; create_time: string; user_id?: string; task_id?: string; comment?: string; node_id?: string }[];
  current_nodes: { node_id: string; node_name: string; type: string; approvers: { task_id: string; user_id: string }[] }[];
}

const HOUR = 3_600_000;
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');
const first = (value: unknown) => (Array.isArray(value) ? text(value[0]) : '');

/** The task's serial within its topic (the last 9 digits of a demo task id). */
export function serialOf(taskId: string): number {
  const serial = Number(taskId.slice(-9));
  return Number.isSafeInteger(serial) ? serial : 0;
}

/** Spread over 1 h … 4 days, so rows differ in how long they have waited. */
export function demoWaitingHours(serial: number): number {
  return ((serial * 13) % 96) + 1;
}

export function buildInstanceDetail(input: { raw: RawTask; userId: string; waitingSince: number; todo: boolean; now: number }): InstanceDetail {
  const { raw, userId, waitingSince, todo, now } = input;
  const taskId = text(raw.task_id);
  const serial = serialOf(taskId);
  const submitted = waitingSince - 2 * HOUR;
  const form: FormWidget[] = demoForm(text(raw.definition_name), text(raw.title), serial, now);
  const prior = DEMO_PEOPLE[(serial + 3) % DEMO_PEOPLE.length]!;
  const zh = /[\u4e00-\u9fff]/.test(text(raw.title));
  const myNode = { node_id: `node_${serial % 7}_approver`, node_name: zh ? '部门负责人审批' : 'Department head' };
  const priorTask: InstanceTask = {
    id: `${taskId}0`, user_id: prior.openId, status: 'APPROVED', node_id: 'node_manager', node_name: zh ? '直属上级' : 'Line manager',
    type: 'AND', start_time: String(submitted), end_time: String(waitingSince),
  };
  const mine: InstanceTask = {
    id: taskId, user_id: userId, status: todo ? 'PENDING' : 'APPROVED', ...myNode, type: 'AND',
    start_time: String(waitingSince), end_time: todo ? '0' : String(waitingSince + HOUR),
  };
  const initiator = first(raw.initiators);
  return {
    definition_name: text(raw.definition_name),
    definition_code: text(raw.definition_code),
    instance_code: text(raw.process_code),
    serial_number: `2026${String(serial).padStart(8, '0')}`,
    start_time: String(submitted),
    end_time: '0',
    user_id: initiator,
    department_id: 'od-8ec33ab4a9f3e5c1',
    status: 'PENDING',
    form: JSON.stringify(form),
    reverted: false,
    tasks: [priorTask, mine],
    comments: [{ id: `c${taskId}`, user_id: prior.openId, comment: zh ? '同意，请财务复核' : 'Fine by me', create_time: String(waitingSince) }],
    operation_records: [
      { type: 'START', create_time: String(submitted), user_id: initiator },
      { type: 'PASS', create_time: String(waitingSince), user_id: prior.openId, task_id: priorTask.id, comment: zh ? '同意' : 'Approved', node_id: priorTask.node_id },
    ],
    current_nodes: todo ? [{ ...myNode, type: 'AND', approvers: [{ task_id: taskId, user_id: userId }] }] : [],
  };
}

/** Records a pass or refuse by the caller on a detail (mutates it). */
export function recordDecision(detail: InstanceDetail, taskId: string, pass: boolean, comment: string, now: number): void {
  const mine = detail.tasks.find((task) => task.id === taskId);
  if (mine) {
    mine.status = pass ? 'APPROVED' : 'REJECTED';
    mine.end_time = String(now);
  }
  // The demo's task is the last node: the instance ends with it.
  detail.status = pass ? 'APPROVED' : 'REJECTED';
  detail.end_time = String(now);
  detail.current_nodes = [];
  detail.operation_records.push({ type: pass ? 'PASS' : 'REJECT', create_time: String(now), user_id: mine?.user_id, task_id: taskId, comment, node_id: mine?.node_id });
}
