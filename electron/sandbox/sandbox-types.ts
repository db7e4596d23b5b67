import type { IncomingHttpHeaders } from 'node:http';
import type { RawTask } from '../../shared/feishu/raw-task';
import type { TopicCode } from '../../shared/tasks/topic';
import type { TokenRegistry } from './token-registry';

// The sandbox's public shape. Route files import it from here, never from server.ts (which
// imports them: that would be a circle); server.ts re-exports it for the sandbox's users.

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  seed?: number;
  tasksPerTopic?: Partial<Record<TopicCode, number>>;
  now?: () => number;
  /** A new to-do task appears every this many ms of `now` time (computed lazily per request). */
  arrivalEveryMs?: number;
  /** Send "Todo"/"Running" words instead of the numeric strings of the field table. */
  wordStatuses?: boolean;
  /**
   * The /__sandbox/* knobs over HTTP (default true), each request needing `controlSecret` in the
   * x-sandbox-control header. The in-app demo passes false: a web page must not add tasks.
   */
  controlRoutes?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  hasAuth: boolean;
  at: number;
}

export interface SandboxRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body, '' when there was none. */
  body: string;
  /** JSON.parse of the body (throws on bad JSON; undefined for an empty body). */
  json(): unknown;
}

export interface SandboxReply {
  status: number;
  headers?: Record<string, string>;
  body: string | object;
}

export type SandboxHandler = (req: SandboxRequest) => Promise<SandboxReply> | SandboxReply;

export const SANDBOX_FAULT_KINDS = [
  'token-expired',
  'token-invalid',
  'rate-limited',
  'server-error',
  'malformed-json',
  'slow',
  'quota-exhausted',
  'permission',
  'repeat-page-token',
  'bad-request',
] as const;
export type SandboxFaultKind = (typeof SANDBOX_FAULT_KINDS)[number];

export interface SandboxFault {
  kind: SandboxFaultKind;
  /** The next N API requests; default: until cleared. */
  times?: number;
  /** rate-limited: the x-ogw-ratelimit-reset header (seconds, default 2). */
  resetSeconds?: number;
  /** slow: how long to hold each answer (default 2000 ms). */
  delayMs?: number;
  /** server-error: the HTTP status (default 500). */
  status?: number;
}

export interface SandboxData {
  /** Adds a task at the end of the topic's list; fields in `partial` override the generated ones. */
  addTask(topic: TopicCode, partial?: Partial<RawTask>): RawTask;
  /** False when the topic has no such task. */
  removeTask(topic: TopicCode, taskId: string): boolean;
  /** A copy of the topic's tasks, in serving order. */
  tasks(topic: TopicCode): RawTask[];
  count(topic: TopicCode): number;
}

/** Per-task traits of the user-level approval APIs (approval-store.ts). */
export interface TaskTraits {
  /** pass/refuse answer 1390018 "not support handwritten signature". */
  signature?: boolean;
  /** `support_api_operate` as GET /tasks lists it; undefined leaves the field out. */
  apiOperate?: boolean;
}

export interface SandboxApprovals {
  setTraits(taskId: string, traits: TaskTraits): void;
  /** The demo's to-do task that needs a handwritten signature (pass/refuse: 1390018). */
  readonly signatureTaskId: string | null;
  /** The demo's to-do task listed with support_api_operate: false. */
  readonly noApiTaskId: string | null;
}

export interface Sandbox {
  url: string;
  close(): Promise<void>;
  tokens: TokenRegistry;
  data: SandboxData;
  approvals: SandboxApprovals;
  setFault(fault: SandboxFault | null): void;
  requests: RecordedRequest[];
  route(method: 'GET' | 'POST', path: string, handler: SandboxHandler): void;
  demoToken: string;
  demoUserId: string;
  /** This run's secret for the /__sandbox/* routes (x-sandbox-control header); null: no such routes. */
  controlSecret: string | null;
}
