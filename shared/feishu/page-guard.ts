import type { ApiError } from './api-error';
import { malformedResponse } from './classify-error';
import type { RawTask } from './raw-task';

// Limits that stop a broken or hostile server from keeping us paging forever or filling memory.

export interface PageGuard {
  /** Call before requesting page `page` (1-based). */
  beforePage(page: number): void;
  /** Call with the page_token a page handed us; throws when it repeats. */
  nextToken(token: unknown, page: number): string;
}

export function createPageGuard(maxPages: number, request: (page: number) => string): PageGuard {
  const seen = new Set<string>();
  return {
    beforePage(page) {
      if (page > maxPages) {
        throw malformedResponse(`it still had more pages after ${maxPages} pages; stopped to protect your API quota`, request(page));
      }
    },
    nextToken(token, page) {
      if (typeof token !== 'string' || token === '') {
        throw malformedResponse(`page ${page} said has_more but gave no page_token`, request(page));
      }
      if (seen.has(token)) {
        throw malformedResponse(`page ${page} repeated an earlier page_token, which would loop forever`, request(page));
      }
      seen.add(token);
      return token;
    },
  };
}

/** Content-Length is a promise the server may break, so the text length is checked too. */
export function checkDeclaredSize(contentLength: string | null, maxBytes: number, request: string, httpStatus: number): ApiError | null {
  if (contentLength === null) return null;
  const declared = Number(contentLength);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return malformedResponse(`the page is ${declared} bytes, over the ${maxBytes}-byte limit`, request, httpStatus);
  }
  return null;
}

export function checkActualSize(text: string, maxBytes: number, request: string, httpStatus: number): ApiError | null {
  // Each UTF-16 unit is at least one UTF-8 byte, so length > maxBytes certainly exceeds it.
  if (text.length > maxBytes) {
    return malformedResponse(`the page is over the ${maxBytes}-byte limit`, request, httpStatus);
  }
  return null;
}

export interface TasksPage {
  tasks: RawTask[];
  hasMore: boolean;
  pageToken: unknown;
  count: { total: number | null; hasMore: boolean } | null;
}

/** Checks the `data` shape of a successful answer; Feishu omits empty fields, so absence is fine. */
export function readTasksPage(body: unknown, request: string, httpStatus: number): TasksPage {
  const data = (body as { data?: unknown }).data;
  if (data === undefined || data === null) return { tasks: [], hasMore: false, pageToken: undefined, count: null };
  if (typeof data !== 'object' || Array.isArray(data)) throw malformedResponse('"data" is not an object', request, httpStatus);
  const page = data as Record<string, unknown>;
  const tasks = page.tasks ?? [];
  if (!Array.isArray(tasks)) throw malformedResponse('"data.tasks" is not a list', request, httpStatus);
  if (page.has_more !== undefined && typeof page.has_more !== 'boolean') {
    throw malformedResponse('"data.has_more" is not true or false', request, httpStatus);
  }
  const rawCount = page.count;
  let count: TasksPage['count'] = null;
  if (rawCount !== null && typeof rawCount === 'object') {
    const { total, has_more: more } = rawCount as Record<string, unknown>;
    count = { total: typeof total === 'number' && Number.isFinite(total) ? total : null, hasMore: more === true };
  }
  return { tasks: tasks as RawTask[], hasMore: page.has_more === true, pageToken: page.page_token, count };
}
