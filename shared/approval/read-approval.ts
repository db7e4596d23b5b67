import type { ApprovalItem, InstanceInfo, InstanceTask, Summary, TimelineEntry } from './approval-types';
import { parseForm } from './form-parser';

// The one place that reads the raw shapes of GET /tasks items and GET /instances/detail.
// Enum fields may come as strings, numbers or words (reference §8.4): kept verbatim as text.

type Raw = Record<string, unknown>;
const obj = (value: unknown): Raw => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {});
const list = (value: unknown): Raw[] => (Array.isArray(value) ? value.map(obj) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : '');

/** A millisecond timestamp sent as a string (or number); "0" and garbage mean unknown. */
export function readMs(value: unknown): number | null {
  const number = typeof value === 'number' ? value : /^\d{1,16}$/.test(text(value)) ? Number(value) : Number.NaN;
  return Number.isFinite(number) && number > 0 ? number : null;
}

function summaries(value: unknown): Summary[] {
  return list(value)
    .map((pair) => ({ key: text(pair.key), value: text(pair.value) }))
    .filter((pair) => pair.key !== '' || pair.value !== '');
}

/** Null when the item has no usable task_id or instance_code (it cannot be joined or acted on). */
export function readApprovalItem(raw: unknown): ApprovalItem | null {
  const item = obj(raw);
  const taskId = text(item.task_id).trim();
  const instanceCode = text(item.instance_code).trim();
  if (!taskId || !instanceCode) return null;
  return {
    taskId,
    instanceCode,
    topic: text(item.topic),
    title: text(item.title),
    definitionName: text(item.definition_name),
    definitionCode: text(item.definition_code),
    initiatorId: text(item.initiator),
    initiatorName: text(item.initiator_name),
    summaries: summaries(item.summaries),
    supportApiOperate: typeof item.support_api_operate === 'boolean' ? item.support_api_operate : null,
    status: text(item.status),
    instanceStatus: text(item.instance_status),
  };
}

export function readInstance(data: unknown, instanceCode: string): InstanceInfo {
  const detail = obj(data);
  const tasks: InstanceTask[] = list(detail.tasks).map((task) => ({
    id: text(task.id),
    userId: text(task.user_id),
    status: text(task.status),
    nodeName: text(task.node_name),
    startedAt: readMs(task.start_time),
    endedAt: readMs(task.end_time),
  }));
  const timeline: TimelineEntry[] = list(detail.operation_records).map((record) => ({
    type: text(record.type),
    at: readMs(record.create_time),
    userId: text(record.user_id),
    taskId: text(record.task_id),
    comment: text(record.comment),
  }));
  return {
    instanceCode: text(detail.instance_code) || instanceCode,
    definitionName: text(detail.definition_name),
    serialNumber: text(detail.serial_number),
    status: text(detail.status),
    initiatorId: text(detail.user_id),
    submittedAt: readMs(detail.start_time),
    tasks,
    timeline,
    form: parseForm(detail.form),
  };
}
