import type { TopicResult } from '../feishu/tasks-client';
import type { TopicCode } from '../tasks/topic';
import { createPoller } from '../poller/poller';
import type { PollerEvent } from '../poller/poller';
import type { PollerStatus } from '../poller/poller-status';
import type { AppCore, AppCoreDeps } from './app-core-types';
import { createCallMeter } from './call-meter';
import { createDecisions } from './decision-wiring';
import { createLinkOpener } from './link-opener';
import { polledTopics } from './polled-topics';
import { createStateBroadcast } from './state-broadcast';
import { createTaskNotifier } from './task-notifier';
import { createTopicRefresh } from './topic-refresh';
import { createTaskEnrichment } from './task-enrichment';
import { withTaskDetails } from './task-details-view';
import { createTopicState } from './topic-state';
import { createUserIntents } from './user-intents';

export type { AppCore, AppCoreDeps, AppSession } from './app-core-types';
export { STALE_ON_OPEN_MS } from './topic-refresh';

// The main process's brain, free of Electron: polls, remembers what the user was told, decides
// notifications, tray and badge, answers the window's requests. One core per signed-in session
// (or the demo); the composition root builds a new one when the account changes.
//
// This file only wires the parts: topic-state (snapshots, seen ledger, views), call-meter
// (counter and interval), state-broadcast (tray, badge, window), task-notifier, link-opener,
// topic-refresh (fetches off schedule), user-intents (tray menu, power events),
// task-enrichment (issue #11's approval details: summaries, waiting time, the detail view) and the
// decision queue (approve / reject behind an undo window; decision-wiring.ts).

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { clock } = deps;
  let status: PollerStatus = { kind: 'idle', lastSuccessAt: null };
  // The to-do views carry what the enrichment knows (TaskView.details).
  const topics = withTaskDetails(createTopicState(deps), (view) => enrichment.decorate(view));
  const meter = createCallMeter(deps);
  // Scopes an approval API call reported missing this session (issue #11; filled by enrichment).
  const learnedMissingScopes = new Set<string>();
  const enrichment = createTaskEnrichment(deps, { topics, meter, learnedMissingScopes, changed: () => broadcast.render('1') });
  const broadcast = createStateBroadcast(deps, { topics, meter, status: () => status, learnedMissingScopes: () => learnedMissingScopes, summaryLine: enrichment.summaryLine, budgetWait: enrichment.budgetWait });
  const links = createLinkOpener(deps, topics);
  const notifier = createTaskNotifier(deps, links, (topic, taskId) => markSeen(topic, [taskId]), enrichment);

  function onResult(result: TopicResult) {
    const now = clock.now();
    const observation = topics.record(result, now);
    // A new to-do's notification waits for its summary (the list call), not for the details.
    const enriching = result.topic === '1' ? enrichment.todoPolled(result) : null;
    const announce = () => notifier.announce(result, observation, now);
    if (enriching) void enriching.then(announce);
    else announce();
    broadcast.render(result.topic);
  }

  function onEvent(event: PollerEvent) {
    if (event.type === 'result') return onResult(event.result);
    if (event.type === 'error') {
      topics.recordError(event.topic, event.error.toJSON(), clock.now());
      deps.log.warn(`fetching topic ${event.topic} failed: ${event.error.kind}`, event.error.toJSON());
      return broadcast.render(event.topic);
    }
    status = event.status;
    if (status.kind !== 'updating') topics.clearLoading((topic) => poller.covers(topic));
    broadcast.render();
  }

  const poller = createPoller({
    clock,
    random: deps.random,
    createAbortController: deps.createAbortController,
    fetchTopic: (topic, signal) => deps.session.fetchTopic(topic, signal),
    topics: () => polledTopics(deps.settings()),
    intervalMs: () => meter.interval().ms,
    onEvent,
    onCalls: (count) => meter.record(count),
  });
  const refresh = createTopicRefresh(deps, { poller, topics, broadcast, meter });
  // The queue reads the list afresh after the undo window (not the enrichment's cache), so a task
  // handled elsewhere meanwhile is caught before a write; a signature refusal is remembered.
  const decisions = createDecisions(deps, { topics, meter, poller, broadcast, learnedMissingScopes, markNeedsSignature: (taskId) => enrichment.markNeedsSignature(taskId) });
  const intents = createUserIntents(deps, { poller, links, refresh, status: () => status, budgetSpent: () => meter.spent(), opened: (taskId) => markSeen('1', [taskId]) });

  function markSeen(topic: TopicCode, taskIds: readonly string[]) {
    if (topics.markLooked(topic, taskIds)) broadcast.render(topic);
  }

  return {
    async start() {
      await Promise.all([topics.load(), meter.load(), enrichment.load()]);
      broadcast.render();
      poller.start();
    },
    async stop() {
      decisions.stop(); // decisions still in their undo window are not sent (decision-queue.ts)
      poller.stop();
      await enrichment.settled();
      await Promise.all([topics.saved(), meter.saved(), enrichment.saved()]);
    },
    getState: broadcast.getState,
    getTopic: refresh.getTopic,
    refresh: refresh.refresh,
    async openTask(topic, taskId, link) {
      // Opening a task is looking at it, whether or not its link could be opened.
      markSeen(topic, [taskId]);
      return links.openTask(topic, taskId, link);
    },
    copyLink: links.copyLink,
    copySummary: links.copySummary,
    openApprovalCentre: links.openApprovalCentre,
    markSeen,
    pause: (until) => poller.pause(until),
    resume: () => poller.resume(),
    trayEvent: intents.trayEvent,
    windowShown(topic) {
      refresh.windowShown(topic);
      if (topic === '1') enrichment.windowOpened();
    },
    power: intents.power,
    settingsChanged() {
      broadcast.render('1');
      // "Show details" just turned on: the window's list is newer than the last enrichment.
      enrichment.windowOpened();
    },
    getDetail: enrichment.getDetail,
    decide: decisions.decide,
    undoDecision: decisions.undo,
    dismissDecision: decisions.dismiss,
    getDecisions: decisions.list,
  };
}
