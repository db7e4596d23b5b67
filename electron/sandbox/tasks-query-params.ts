import { isTopicCode } from '../../shared/tasks/topic';
import type { TopicCode } from '../../shared/tasks/topic';

// Validation of GET /open-apis/approval/v4/tasks/query as documented: user_id and topic required,
// user_id_type one of three (default open_id), page_size 1..200 (default 100), page_token opaque.

export const USER_ID_TYPES = ['open_id', 'union_id', 'user_id'] as const;
export type UserIdType = (typeof USER_ID_TYPES)[number];

export interface TasksQueryParams {
  userId: string;
  topic: TopicCode;
  userIdType: UserIdType;
  pageSize: number;
  pageToken: string | null;
}

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 200;

/** The params, or the reason (for the 1390001 msg) they are invalid. */
export function readTasksQueryParams(query: URLSearchParams): TasksQueryParams | { invalid: string } {
  const userId = query.get('user_id') ?? '';
  if (!userId.trim()) return { invalid: 'user_id is required' };
  const topic = query.get('topic') ?? '';
  if (!isTopicCode(topic)) return { invalid: 'topic must be one of 1, 2, 3, 17, 18' };
  const userIdType = query.get('user_id_type') ?? 'open_id';
  if (!(USER_ID_TYPES as readonly string[]).includes(userIdType)) return { invalid: 'user_id_type must be open_id, union_id or user_id' };
  const sizeText = query.get('page_size');
  let pageSize = DEFAULT_PAGE_SIZE;
  if (sizeText !== null) {
    pageSize = /^\d{1,6}$/.test(sizeText) ? Number(sizeText) : Number.NaN;
    if (!(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE)) return { invalid: `page_size must be an integer from 1 to ${MAX_PAGE_SIZE}` };
  }
  const pageToken = query.get('page_token') || null;
  return { userId, topic, userIdType: userIdType as UserIdType, pageSize, pageToken };
}

/** The demo user's id in each id space (open id `ou_x` → union id `on_x`, user id `x`). */
export function userIdAs(openId: string, type: UserIdType): string {
  const bare = openId.replace(/^ou_/, '');
  if (type === 'union_id') return `on_${bare}`;
  if (type === 'user_id') return bare;
  return openId;
}
