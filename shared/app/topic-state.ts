import type { ApiErrorDetails } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import type { TopicCount, TopicView } from '../ipc/view-types';
import { createSeenState, observeTasks } from '../tasks/seen-ledger';
import type { Observation, SeenState } from '../tasks/seen-ledger';
import { TOPIC_CODES } from '../tasks/topic';
import type { TopicCode } from '../tasks/topic';
import type { LoggerPort, StatePort } from './app-ports';
import { toTopicView } from './task-views';
import { countsOf, snapshotOf, withError, withLoading, withResult } from './topic-snapshots';
import type { TopicSnapshot, TopicSnapshots } from './topic-snapshots';

// What the core knows about each topic: the last snapshot and how its latest fetch went, which
// tasks the user was already told about (the seen ledger, saved in order), and when the user last
// looked at the topic (what is "new").

export interface TopicState {
  /** Reads the saved ledger. */
  load(): Promise<void>;
  /** At start, everything already there counts as looked at. */
  markAllLooked(now: number): void;
  /** Takes a fetched topic in and says what is new in it. */
  record(result: TopicResult, now: number): Observation;
  recordError(topic: TopicCode, error: ApiErrorDetails, now: number): void;
  setLoading(topics: readonly TopicCode[], loading: boolean): void;
  /** A cycle ended: no topic is loading any more, except those `stillComing` says are queued. */
  clearLoading(stillComing: (topic: TopicCode) => boolean): void;
  /** When the topic's latest fetch ended, well or not; null when it never was fetched. */
  attemptedAt(topic: TopicCode): number | null;
  snapshot(topic: TopicCode): TopicSnapshot;
  snapshots(): TopicSnapshots;
  counts(): Partial<Record<TopicCode, TopicCount>>;
  seen(): SeenState;
  lastLookedAt(topic: TopicCode): number;
  markLooked(topic: TopicCode, now: number): void;
  view(topic: TopicCode, now: number): TopicView;
  /** Resolves when every ledger write begun so far is done. */
  saved(): Promise<void>;
}

export function createTopicState(deps: { seen: StatePort<SeenState>; log: LoggerPort }): TopicState {
  let snapshots: TopicSnapshots = {};
  let seen: SeenState = createSeenState();
  const lookedAt: Partial<Record<TopicCode, number>> = {};
  const attempted: Partial<Record<TopicCode, number>> = {};
  let writes: Promise<void> = Promise.resolve();

  const lastLookedAt = (topic: TopicCode) => lookedAt[topic] ?? 0;

  function save() {
    const snapshot = seen;
    writes = writes.then(() => deps.seen.write(snapshot)).catch((error: unknown) => deps.log.error('could not save which tasks were announced', error));
  }

  return {
    async load() {
      seen = await deps.seen.read();
    },
    markAllLooked(now) {
      for (const topic of TOPIC_CODES) lookedAt[topic] = now;
    },
    record(result, now) {
      snapshots = withResult(snapshots, result, now);
      attempted[result.topic] = now;
      const observation = observeTasks(seen, result.topic, result.tasks, now);
      seen = observation.state;
      // The backlog the user finds on first sign-in is not "new since last look".
      if (observation.backlog !== null) lookedAt[result.topic] = now;
      save();
      return observation;
    },
    recordError(topic, error, now) {
      snapshots = withError(snapshots, topic, error);
      attempted[topic] = now;
    },
    setLoading(topics, loading) {
      snapshots = withLoading(snapshots, topics, loading);
    },
    clearLoading(stillComing) {
      const loading = (Object.keys(snapshots) as TopicCode[]).filter((t) => snapshots[t]?.loading && !stillComing(t));
      snapshots = withLoading(snapshots, loading, false);
    },
    attemptedAt: (topic) => attempted[topic] ?? null,
    snapshot: (topic) => snapshotOf(snapshots, topic),
    snapshots: () => snapshots,
    counts: () => countsOf(snapshots),
    seen: () => seen,
    lastLookedAt,
    markLooked(topic, now) {
      lookedAt[topic] = now;
    },
    view: (topic, now) => toTopicView(topic, snapshotOf(snapshots, topic), seen, lastLookedAt(topic), now),
    saved: () => writes,
  };
}
