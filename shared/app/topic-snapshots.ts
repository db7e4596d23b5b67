import type { ApiErrorDetails } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import type { TopicCount } from '../ipc/view-types';
import type { TopicCode } from '../tasks/topic';

// The last good data of each topic, plus how its latest fetch went. A failed fetch keeps the last
// good tasks (the tray and window say how old they are) and records the error beside them.

export interface TopicSnapshot {
  result: TopicResult | null;
  fetchedAt: number | null;
  error: ApiErrorDetails | null;
  loading: boolean;
}

export type TopicSnapshots = Partial<Record<TopicCode, TopicSnapshot>>;

const EMPTY: TopicSnapshot = { result: null, fetchedAt: null, error: null, loading: false };

export function snapshotOf(snapshots: TopicSnapshots, topic: TopicCode): TopicSnapshot {
  return snapshots[topic] ?? EMPTY;
}

export function withResult(snapshots: TopicSnapshots, result: TopicResult, now: number): TopicSnapshots {
  return { ...snapshots, [result.topic]: { result, fetchedAt: now, error: null, loading: false } };
}

export function withError(snapshots: TopicSnapshots, topic: TopicCode, error: ApiErrorDetails): TopicSnapshots {
  return { ...snapshots, [topic]: { ...snapshotOf(snapshots, topic), error, loading: false } };
}

export function withLoading(snapshots: TopicSnapshots, topics: readonly TopicCode[], loading: boolean): TopicSnapshots {
  const next = { ...snapshots };
  for (const topic of topics) next[topic] = { ...snapshotOf(snapshots, topic), loading };
  return next;
}

/** The count the API gave (capped at 999), or the number of tasks when it gave none. */
export function countOf(snapshot: TopicSnapshot): TopicCount | null {
  if (!snapshot.result) return null;
  const { total, capped, tasks } = snapshot.result;
  return { total: total ?? tasks.length, capped: total !== null && capped };
}

export function countsOf(snapshots: TopicSnapshots): Partial<Record<TopicCode, TopicCount>> {
  const counts: Partial<Record<TopicCode, TopicCount>> = {};
  for (const [topic, snapshot] of Object.entries(snapshots) as [TopicCode, TopicSnapshot][]) {
    const count = countOf(snapshot);
    if (count) counts[topic] = count;
  }
  return counts;
}
