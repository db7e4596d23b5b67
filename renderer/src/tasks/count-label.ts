import type { TopicCount } from '../../../shared/ipc/view-types';

/** "12", or "999+" when the API capped the count; null when the topic has not been counted. */
export function countLabel(count: TopicCount | undefined | null): string | null {
  if (!count) return null;
  return count.capped ? '999+' : String(count.total);
}
