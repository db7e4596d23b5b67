import type { TokenSource } from '../auth/token-source';
import { createAuthorizedGet } from '../feishu/authorized-get';
import { normalizeBaseUrl } from '../feishu/base-url';
import { malformedResponse } from '../feishu/classify-error';
import type { FetchPort } from '../feishu/fetch-port';
import { createPageGuard } from '../feishu/page-guard';
import type { ApprovalItem, InstanceInfo } from './approval-types';
import { readApprovalItem, readInstance } from './read-approval';

// The user-level approval APIs (user token only; reference feishu-approval-actions.md):
//   GET  /tasks?topic=1|2|17|18   approval:task:read      list with instance_code and summaries
//   GET  /instances/detail        approval:instance:read  times, form, timeline
//   POST /tasks/pass | /refuse    approval:task:write     act as the signed-in user
// A write is sent once: no retry here at all (a lost answer may still have approved), the
// caller re-reads the list to learn what happened.

export const APPROVAL_API = {
  tasks: '/open-apis/approval/v4/tasks',
  detail: '/open-apis/approval/v4/instances/detail',
  pass: '/open-apis/approval/v4/tasks/pass',
  refuse: '/open-apis/approval/v4/tasks/refuse',
} as const;
export type ApprovalListTopic = '1' | '2' | '17' | '18';
export type ApprovalCall = 'tasks' | 'detail' | 'pass' | 'refuse';

export interface ApprovalClientOptions {
  baseUrl: string;
  fetch: FetchPort;
  tokens: TokenSource;
  /** A server that never stops paging costs quota; default 20 pages (2,000 tasks). */
  maxPages?: number;
  maxResponseBytes?: number;
  onCall?: (call: ApprovalCall) => void;
}

export interface ApprovalList {
  items: ApprovalItem[];
  /** `count` of page 1 (99 means "99 or more"), null when not sent. */
  count: number | null;
  calls: number;
  dropped: number;
}

export interface Decision {
  instanceCode: string;
  taskId: string;
  comment?: string;
}

export interface ApprovalClient {
  listTasks(request: { topic: ApprovalListTopic; signal?: AbortSignal }): Promise<ApprovalList>;
  instanceDetail(instanceCode: string, signal?: AbortSignal): Promise<InstanceInfo>;
  pass(decision: Decision): Promise<void>;
  refuse(decision: Decision): Promise<void>;
}

export function createApprovalClient(options: ApprovalClientOptions): ApprovalClient {
  const base = normalizeBaseUrl(options.baseUrl);
  const maxPages = Math.max(1, Math.floor(options.maxPages ?? 20));
  const get = createAuthorizedGet({ fetch: options.fetch, tokens: options.tokens, maxResponseBytes: options.maxResponseBytes ?? 10 * 1024 * 1024 });
  const counted = (call: ApprovalCall) => (options.onCall ? () => options.onCall?.(call) : undefined);

  async function decide(path: string, call: 'pass' | 'refuse', decision: Decision): Promise<void> {
    const body: Record<string, string> = { instance_code: decision.instanceCode, task_id: decision.taskId };
    if (decision.comment !== undefined && decision.comment !== '') body.comment = decision.comment;
    await get({ url: base + path, request: `tasks/${call} task ${decision.taskId}`, method: 'POST', body: JSON.stringify(body), onCall: counted(call) });
  }

  return {
    async listTasks({ topic, signal }) {
      const describe = (page: number) => `tasks topic=${topic} page ${page}`;
      const guard = createPageGuard(maxPages, describe);
      const items: ApprovalItem[] = [];
      const seen = new Set<string>();
      let count: number | null = null;
      let calls = 0;
      let dropped = 0;
      let pageToken: string | undefined;
      for (let page = 1; ; page++) {
        guard.beforePage(page);
        const params = new URLSearchParams({ topic, page_size: '100', user_id_type: 'open_id' });
        if (pageToken) params.set('page_token', pageToken);
        const answer = await get({ url: `${base}${APPROVAL_API.tasks}?${params}`, request: describe(page), signal, onCall: counted('tasks') });
        calls += answer.calls;
        const data = (answer.body as { data?: unknown }).data ?? {};
        if (typeof data !== 'object' || data === null || Array.isArray(data)) throw malformedResponse('"data" is not an object', describe(page), answer.httpStatus);
        const { tasks = [], has_more: hasMore, page_token: next, count: total } = data as Record<string, unknown>;
        if (!Array.isArray(tasks)) throw malformedResponse('"data.tasks" is not a list', describe(page), answer.httpStatus);
        if (page === 1 && typeof total === 'number' && Number.isFinite(total)) count = total;
        for (const raw of tasks) {
          const item = readApprovalItem(raw);
          if (!item) dropped++;
          else if (!seen.has(item.taskId)) {
            seen.add(item.taskId);
            items.push(item);
          }
        }
        if (hasMore !== true) break;
        pageToken = guard.nextToken(next, page);
      }
      return { items, count, calls, dropped };
    },

    async instanceDetail(instanceCode, signal) {
      const params = new URLSearchParams({ instance_code: instanceCode, user_id_type: 'open_id' });
      const request = `instances/detail ${instanceCode}`;
      const answer = await get({ url: `${base}${APPROVAL_API.detail}?${params}`, request, signal, onCall: counted('detail') });
      const data = (answer.body as { data?: unknown }).data;
      if (data === null || typeof data !== 'object' || Array.isArray(data)) throw malformedResponse('"data" is not an object', request, answer.httpStatus);
      return readInstance(data, instanceCode);
    },

    pass: (decision) => decide(APPROVAL_API.pass, 'pass', decision),
    refuse: (decision) => decide(APPROVAL_API.refuse, 'refuse', decision),
  };
}
