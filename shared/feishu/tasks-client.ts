import type { TokenSource } from '../auth/token-source';
import { normalizeTask } from '../tasks/normalize-task';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';
import { createAuthorizedGet } from './authorized-get';
import { normalizeBaseUrl } from './base-url';
import type { FetchPort } from './fetch-port';
import { createPageGuard, readTasksPage } from './page-guard';
import type { RawTask } from './raw-task';

// GET /open-apis/approval/v4/tasks/query for one topic, every page, merged by task_id.
// Order of the API is undocumented, so the first occurrence of an id wins and order is kept.

export const TASKS_QUERY_PATH = '/open-apis/approval/v4/tasks/query';
export const MAX_PAGE_SIZE = 200;

export interface TasksClientOptions {
  baseUrl: string;
  fetch: FetchPort;
  tokens: TokenSource;
  userIdType?: 'open_id' | 'union_id' | 'user_id';
  /** Default and maximum 200: fewer calls per poll, and calls are the scarce resource. */
  pageSize?: number;
  /** A server that never stops paging costs quota; default 250 pages (50,000 tasks at 200). */
  maxPages?: number;
  /** Per page; default 10 MiB. */
  maxResponseBytes?: number;
  onCall?: (call: { topic: TopicCode; page: number }) => void;
}

export interface TopicResult {
  topic: TopicCode;
  /** count.total of page 1 (Feishu caps it at 999), or null when the server sent none. */
  total: number | null;
  /** count.has_more of page 1: the total is a lower bound. */
  capped: boolean;
  tasks: Task[];
  /** As received, all pages, in order, each task_id once. */
  rawTasks: RawTask[];
  calls: number;
  /** Raw tasks without a usable task_id. */
  dropped: number;
}

export interface TasksQuery {
  userId: string;
  topic: TopicCode;
  signal?: AbortSignal;
}

export interface TopicCount {
  topic: TopicCode;
  /** count.total of page 1; without one, the tasks on that page (a lower bound when capped). */
  total: number;
  /** The API stopped counting (999 means "999 or more"). */
  capped: boolean;
  calls: number;
}

export interface TasksClient {
  queryTopic(request: TasksQuery): Promise<TopicResult>;
  /** One page only: the total comes with it, so a count costs one call (two after a renewal). */
  countTopic(request: TasksQuery): Promise<TopicCount>;
}

function positiveInteger(value: number | undefined, fallback: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(Math.max(1, Math.floor(value)), max);
}

export function createTasksClient(options: TasksClientOptions): TasksClient {
  const endpoint = normalizeBaseUrl(options.baseUrl) + TASKS_QUERY_PATH;
  const pageSize = String(positiveInteger(options.pageSize, MAX_PAGE_SIZE, MAX_PAGE_SIZE));
  const maxPages = positiveInteger(options.maxPages, 250, 10_000);
  const get = createAuthorizedGet({
    fetch: options.fetch,
    tokens: options.tokens,
    maxResponseBytes: positiveInteger(options.maxResponseBytes, 10 * 1024 * 1024, Number.MAX_SAFE_INTEGER),
  });
  const userIdType = options.userIdType ?? 'open_id';

  const describe = (topic: TopicCode, page: number) => `tasks/query topic=${topic} page ${page}`;

  async function fetchPage(query: TasksQuery, page: number, pageToken: string | undefined) {
    const { userId, topic, signal } = query;
    const params = new URLSearchParams({ user_id: userId, topic, user_id_type: userIdType, page_size: pageSize });
    if (pageToken !== undefined) params.set('page_token', pageToken);
    const request = describe(topic, page);
    const answer = await get({
      url: `${endpoint}?${params.toString()}`,
      request,
      signal,
      onCall: options.onCall ? () => options.onCall?.({ topic, page }) : undefined,
    });
    return { calls: answer.calls, data: readTasksPage(answer.body, request, answer.httpStatus) };
  }

  return {
    async queryTopic(query) {
      const { topic } = query;
      const guard = createPageGuard(maxPages, (page) => describe(topic, page));
      const seen = new Set<string>();
      const tasks: Task[] = [];
      const rawTasks: RawTask[] = [];
      let total: number | null = null;
      let capped = false;
      let calls = 0;
      let dropped = 0;
      let pageToken: string | undefined;
      for (let page = 1; ; page++) {
        guard.beforePage(page);
        const answer = await fetchPage(query, page, pageToken);
        calls += answer.calls;
        const data = answer.data;
        if (page === 1 && data.count !== null) {
          total = data.count.total;
          capped = data.count.hasMore;
        }
        for (const raw of data.tasks) {
          const task = normalizeTask(raw, topic);
          if (task === null) {
            dropped++;
            continue;
          }
          if (seen.has(task.id)) continue;
          seen.add(task.id);
          tasks.push(task);
          rawTasks.push(raw);
        }
        if (!data.hasMore) break;
        pageToken = guard.nextToken(data.pageToken, page);
      }
      return { topic, total, capped, tasks, rawTasks, calls, dropped };
    },

    async countTopic(query) {
      const { calls, data } = await fetchPage(query, 1, undefined);
      if (data.count !== null && data.count.total !== null) {
        return { topic: query.topic, total: data.count.total, capped: data.count.hasMore, calls };
      }
      // Feishu omits empty fields: no count on a lone page means we count that page; with more
      // pages behind it the only honest number is the full list's (rare: the docs promise count).
      if (!data.hasMore) return { topic: query.topic, total: data.tasks.length, capped: false, calls };
      const all = await this.queryTopic(query);
      return { topic: query.topic, total: all.tasks.length, capped: false, calls: calls + all.calls };
    },
  };
}
