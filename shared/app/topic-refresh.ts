import type { TopicView } from '../ipc/view-types';
import type { Poller } from '../poller/poller';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import { polledTopics } from './polled-topics';
import type { StateBroadcast } from './state-broadcast';
import type { TopicState } from './topic-state';

// Fetches outside the poll's schedule: the refresh buttons, and the window asking for a topic
// it has no (or only old) data for. All of them go through the poller, so they are counted and
// never run beside a cycle in flight.

/** A topic shown in the window is refreshed on opening when its data is older than this. */
export const STALE_ON_OPEN_MS = 60_000;

export interface TopicRefresh {
  refresh(topic?: TopicCode): Promise<void>;
  /** The topic's view; fetches it first when it was never fetched. */
  getTopic(topic: TopicCode): TopicView;
  windowShown(topic: TopicCode): void;
}

type RefreshDeps = Pick<AppCoreDeps, 'clock' | 'settings'>;

export function createTopicRefresh(deps: RefreshDeps, parts: { poller: Poller; topics: TopicState; broadcast: StateBroadcast }): TopicRefresh {
  const { clock } = deps;
  const { poller, topics, broadcast } = parts;

  async function refresh(topic?: TopicCode) {
    const fetched = polledTopics(deps.settings());
    if (topic && !fetched.includes(topic)) fetched.push(topic);
    topics.setLoading(fetched, true);
    if (topic) broadcast.render(topic);
    await poller.refreshNow(topic ? [topic] : undefined);
  }

  return {
    refresh,
    getTopic(topic) {
      const snapshot = topics.snapshot(topic);
      if (snapshot.fetchedAt === null && !snapshot.loading && !snapshot.error) void refresh(topic);
      return topics.view(topic, clock.now());
    },
    windowShown(topic) {
      const { fetchedAt, loading } = topics.snapshot(topic);
      if (!loading && (fetchedAt === null || clock.now() - fetchedAt > STALE_ON_OPEN_MS)) void refresh(topic);
    },
  };
}
