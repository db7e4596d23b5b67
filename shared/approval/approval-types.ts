import type { FormField } from './form-field';

// The user-level approval APIs as the app understands them, built from the raw shapes in
// read-list-item.ts and read-instance.ts only. Times are epoch ms, null when unknown.

export interface Summary {
  key: string;
  value: string;
}

/** One item of GET /open-apis/approval/v4/tasks. */
export interface ApprovalItem {
  taskId: string;
  instanceCode: string;
  topic: string;
  title: string;
  definitionName: string;
  definitionCode: string;
  initiatorId: string;
  initiatorName: string;
  /** Non-empty pairs only, as sent. */
  summaries: Summary[];
  /** "是否支持通过api接口同意或拒绝任务"; null when the list left it out. */
  supportApiOperate: boolean | null;
  status: string;
  instanceStatus: string;
}

export interface InstanceTask {
  id: string;
  userId: string;
  status: string;
  nodeName: string;
  startedAt: number | null;
  endedAt: number | null;
}

export interface TimelineEntry {
  type: string;
  at: number | null;
  userId: string;
  taskId: string;
  comment: string;
}

/** GET /open-apis/approval/v4/instances/detail. */
export interface InstanceInfo {
  instanceCode: string;
  definitionName: string;
  serialNumber: string;
  status: string;
  initiatorId: string;
  submittedAt: number | null;
  tasks: InstanceTask[];
  timeline: TimelineEntry[];
  /** The parsed form, or why it could not be read (the rest of the detail still shows). */
  form: { ok: true; fields: FormField[] } | { ok: false; error: string };
}
