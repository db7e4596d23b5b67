import type { TopicView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';

/**
 * Several topics as one list, in the order given (unread CCs before read ones). Null until each
 * topic has answered; the error and loading flags of any topic are the tab's.
 */
export function mergeTopicViews(topics: readonly TopicCode[], views: Partial<Record<TopicCode, TopicView>>): TopicView | null {
  const parts = topics.map((topic) => views[topic]);
  if (parts.some((part) => !part)) return null;
  const present = parts as TopicView[];
  if (present.length === 1) return present[0]!;
  const counts = present.map((part) => part.count);
  const fetched = present.map((part) => part.fetchedAt);
  return {
    topic: topics[0]!,
    tasks: present.flatMap((part) => part.tasks),
    count: counts.every((count) => count) ? { total: counts.reduce((sum, c) => sum + c!.total, 0), capped: counts.some((c) => c!.capped) } : null,
    fetchedAt: fetched.every((at) => at !== null) ? Math.min(...(fetched as number[])) : null,
    error: present.find((part) => part.error)?.error ?? null,
    loading: present.some((part) => part.loading),
  };
}
