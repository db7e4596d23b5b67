import type { TopicCode } from '../../shared/tasks/topic';

// page_token is opaque to clients. The sandbox packs (topic, user, offset) into it so a token
// replayed against another topic or user is refused like any made-up one.

export interface PagePosition {
  topic: TopicCode;
  userId: string;
  offset: number;
}

export function encodePageToken(position: PagePosition): string {
  return Buffer.from(`v1|${position.topic}|${position.offset}|${position.userId}`, 'utf8').toString('base64url');
}

/** null for anything this sandbox did not issue for this topic and user. */
export function decodePageToken(token: string, topic: TopicCode, userId: string): number | null {
  const parts = Buffer.from(token, 'base64url').toString('utf8').split('|');
  if (parts.length !== 4 || parts[0] !== 'v1' || parts[1] !== topic || parts[3] !== userId) return null;
  const offset = Number(parts[2]);
  return Number.isSafeInteger(offset) && offset >= 0 ? offset : null;
}
