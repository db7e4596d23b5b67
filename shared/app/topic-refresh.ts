import type { TopicView } from '../ipc/view-types';
import type { Poller } from '../poller/poller';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import type { CallMeter } from './call-meter';
import { polledTopics } from './polled-topics';
import type { StateBroadcast } from './state-broadcast';
import type { TopicState } from './topic-state';

// Fetches outside the poll's schedule: the refresh buttons, and the window asking for a topic
// it has no (or only old) data for. All of them go through the poller, so they are counted and
// never run beside a cycle in flight, and none runs once the month's call budget is spent (the
// budget is the user's own limit; they can raise it in settings). The window's own asks cost a
// call only when nothing fetched or will fetch the topic anyway: at start-up the first poll is
// already on its way.

/** A topic shown in the window is refreshed on opening when its data is older than this. */
export const STALE_ON_OPEN_MS = 60_000;

export interface TopicRefresh {
  /** The refresh buttons: the polled topics plus `topic`. */
  refresh(topic?: TopicCode): Promise<void>;
  /** The topic's view; fetches it first when it was never fetched. */
  getTopic(topic: TopicCode): TopicView;
  windowShown(topic: TopicCode): void;
}

type RefreshDeps = Pick<AppCoreDeps, 'clock' | 'settings' | 'log'>;

export function createTopicRefresh(deps: RefreshDeps, parts: { poller: Poller; topics: TopicState; broadcast: StateBroadcast; meter: CallMeter }): TopicRefresh {
  const { clock } = deps;
  const { poller, topics, broadcast } = parts;

  /** True (and said in the log; the window shows budgetSpentUntil) when no call may be made. */
  function budgetSpent(): boolean {
    if (!parts.meter.spent()) return false;
    deps.log.info('not refreshing: this month\'s call budget is spent (raise it in settings to refresh now)');
    return true;
  }

  async function refresh(topic?: TopicCode) {
    if (budgetSpent()) return broadcast.render(topic);
    const fetched = polledTopics(deps.settings());
    if (topic && !fetched.includes(topic)) fetched.push(topic);
    topics.setLoading(fetched, true);
    if (topic) broadcast.render(topic);
    await poller.refreshNow(topic ? [topic] : undefined);
  }

  /** True when a fetch of `topic` is in flight, queued, or ended less than `withinMs` ago. */
  function underway(topic: TopicCode, withinMs: number): boolean {
    if (topics.snapshot(topic).loading || poller.covers(topic)) return true;
    const attemptedAt = topics.attemptedAt(topic);
    return attemptedAt !== null && clock.now() - attemptedAt <= withinMs;
  }

  /** The window wants `topic`: a polled topic gets a whole poll, any other just itself. */
  function fetchForWindow(topic: TopicCode) {
    if (budgetSpent()) return;
    topics.setLoading([topic], true);
    broadcast.render(topic);
    void (polledTopics(deps.settings()).includes(topic) ? poller.refreshNow() : poller.fetchOnly([topic]));
  }

  return {
    refresh,
    getTopic(topic) {
      if (topics.attemptedAt(topic) === null && !underway(topic, 0)) fetchForWindow(topic);
      return topics.view(topic, clock.now());
    },
    windowShown(topic) {
      if (!underway(topic, STALE_ON_OPEN_MS)) fetchForWindow(topic);
    },
  };
}
