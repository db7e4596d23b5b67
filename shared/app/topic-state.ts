import type { ApiErrorDetails } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import type { TopicCount, TopicView } from '../ipc/view-types';
import { createLookedState, markLooked, reconcileLooked } from '../tasks/looked-ledger';
import type { LookedState } from '../tasks/looked-ledger';
import { createSeenState, observeTasks } from '../tasks/seen-ledger';
import type { Observation, SeenState } from '../tasks/seen-ledger';
import type { TopicCode } from '../tasks/topic';
import type { LoggerPort, StatePort } from './app-ports';
import { withoutHidden } from './hidden-tasks';
import { toTopicView } from './task-views';
import { countsOf, snapshotOf, withError, withLoading, withResult } from './topic-snapshots';
import type { TopicSnapshot, TopicSnapshots } from './topic-snapshots';

// What the core knows about each topic: the last snapshot and how its latest fetch went, which
// tasks the user was already told about (the seen ledger, saved in order), and which rows the
// user has looked at (the looked ledger: the others are "new"; saved too, so it survives a restart).

export interface TopicState {
  /** Reads the saved ledgers. */
  load(): Promise<void>;
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
  looked(): LookedState;
  /** The user saw these rows (ids the topic does not list are ignored). True when any was new. */
  markLooked(topic: TopicCode, taskIds: readonly string[]): boolean;
  view(topic: TopicCode, now: number): TopicView;
  /** Resolves when every ledger write begun so far is done (both ledgers). */
  saved(): Promise<void>;
  /**
   * Tasks the user just decided on (decision-queue.ts): left out of snapshots(), counts() and
   * view() (so the tray, badge and window) until unhidden; snapshot() still has them.
   */
  hide(topic: TopicCode, taskIds: ReadonlySet<string>): void;
}

export function createTopicState(deps: { seen: StatePort<SeenState>; looked: StatePort<LookedState>; log: LoggerPort }): TopicState {
  let snapshots: TopicSnapshots = {};
  let seen: SeenState = createSeenState();
  let looked: LookedState = createLookedState();
  const attempted: Partial<Record<TopicCode, number>> = {};
  const hidden: Partial<Record<TopicCode, ReadonlySet<string>>> = {};
  const shown = (): TopicSnapshots => (Object.keys(hidden) as TopicCode[]).reduce((all, topic) => withoutHidden(all, topic, hidden[topic]!), snapshots);
  let seenWrites: Promise<void> = Promise.resolve();
  let lookedWrites: Promise<void> = Promise.resolve();

  function saveSeen() {
    const snapshot = seen;
    seenWrites = seenWrites.then(() => deps.seen.write(snapshot)).catch((error: unknown) => deps.log.error('could not save which tasks were announced', error));
  }
  function saveLooked() {
    const snapshot = looked;
    lookedWrites = lookedWrites.then(() => deps.looked.write(snapshot)).catch((error: unknown) => deps.log.error('could not save which tasks were looked at', error));
  }
  const listedIds = (topic: TopicCode) => (snapshots[topic]?.result?.tasks ?? []).map((task) => task.id);

  return {
    async load() {
      [seen, looked] = await Promise.all([deps.seen.read(), deps.looked.read()]);
    },
    record(result, now) {
      snapshots = withResult(snapshots, result, now);
      attempted[result.topic] = now;
      const observation = observeTasks(seen, result.topic, result.tasks, now);
      seen = observation.state;
      saveSeen();
      const next = reconcileLooked(looked, result.topic, listedIds(result.topic));
      if (next !== looked) {
        looked = next;
        saveLooked();
      }
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
    snapshots: shown,
    counts: () => countsOf(shown()),
    seen: () => seen,
    looked: () => looked,
    markLooked(topic, taskIds) {
      const next = markLooked(looked, topic, taskIds, listedIds(topic));
      if (next === looked) return false;
      looked = next;
      saveLooked();
      return true;
    },
    view: (topic, now) => toTopicView(topic, snapshotOf(shown(), topic), seen, looked, now),
    saved: () => Promise.all([seenWrites, lookedWrites]).then(() => undefined),
    hide(topic, taskIds) {
      hidden[topic] = new Set(taskIds);
    },
  };
}
