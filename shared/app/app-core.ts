import type { TopicResult } from '../feishu/tasks-client';
import type { Outcome } from '../ipc/contract';
import type { AppState, TopicView } from '../ipc/view-types';
import { taskLink } from '../links/url-policy';
import type { PlannedNotification } from '../notify/notification-plan';
import type { ClockPort } from '../poller/clock-port';
import { createPoller } from '../poller/poller';
import type { PollerEvent } from '../poller/poller';
import type { PollerStatus } from '../poller/poller-status';
import { callsThisMonth, recordCalls } from '../quota/call-counter';
import type { CallCounterState } from '../quota/call-counter';
import { decidePollInterval } from '../quota/call-budget';
import type { Account, Settings } from '../settings/settings';
import { observeTasks } from '../tasks/seen-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { TopicCode } from '../tasks/topic';
import { pauseUntil } from '../tray/pause-choice';
import type { TrayEvent } from './app-ports';
import type * as Ports from './app-ports';
import { announcementsFor } from './announce-tasks';
import { polledTopics } from './polled-topics';
import { presentTrayFor } from './tray-state';
import { toTopicView } from './task-views';
import { countsOf, snapshotOf, withError, withLoading, withResult } from './topic-snapshots';
import type { TopicSnapshots } from './topic-snapshots';

// The main process's brain, free of Electron: polls, remembers what the user was told, decides
// notifications, tray and badge, answers the window's requests. One core per signed-in session
// (or the demo); the composition root builds a new one when the account changes.

/** A topic shown in the window is refreshed on opening when its data is older than this. */
export const STALE_ON_OPEN_MS = 60_000;

export interface AppSession {
  demo: boolean;
  account: Account | null;
  keychain: { available: boolean; message?: string };
  fetchTopic(topic: TopicCode, signal: AbortSignal | undefined): Promise<TopicResult>;
}

export interface AppCoreDeps {
  clock: ClockPort;
  random(): number;
  createAbortController?: () => { signal: AbortSignal; abort(): void };
  session: AppSession;
  settings(): Settings;
  locale(): 'zh' | 'en';
  utcOffsetMinutes(): number;
  seen: Ports.StatePort<SeenState>;
  calls: Ports.StatePort<CallCounterState>;
  notifier: Ports.NotifierPort;
  renderer: Ports.RendererPort;
  opener: Ports.ExternalOpenerPort;
  clipboard: Ports.ClipboardPort;
  window: Ports.WindowPort;
  tray: Ports.TrayPort;
  badge: Ports.PlatformBadgePort;
  log: Ports.LoggerPort;
  /** The tray's Settings and Sign in items: show the window at the settings page. */
  showSettings(): void;
  quit(): void;
}

export interface AppCore {
  start(): Promise<void>;
  /** Stops polling and waits until what was announced is on disk. */
  stop(): Promise<void>;
  getState(): AppState;
  getTopic(topic: TopicCode): TopicView;
  refresh(topic?: TopicCode): Promise<void>;
  openTask(topic: TopicCode, taskId: string, link: 'pc' | 'mobile' | 'helpdesk'): Promise<Outcome>;
  copyLink(topic: TopicCode, taskId: string, link: 'pc' | 'mobile' | 'helpdesk'): Outcome;
  markSeen(topic: TopicCode): void;
  pause(until: number | null): void;
  resume(): void;
  trayEvent(event: TrayEvent): void;
  windowShown(topic: TopicCode): void;
  power(event: 'suspend' | 'resume' | 'unlock' | 'online'): void;
  settingsChanged(): void;
}

const NO_SAFE_LINK: Outcome = { ok: false, kind: 'no-safe-link', message: 'This task has no link that is safe to open.' };

export function createAppCore(deps: AppCoreDeps): AppCore {
  const { clock, session } = deps;
  let snapshots: TopicSnapshots = {};
  let seen: SeenState = { version: 1, topics: {} };
  let calls: CallCounterState = { version: 1, months: {} };
  let status: PollerStatus = { kind: 'idle', lastSuccessAt: null };
  let lastBatchCalls = 1;
  let asleep = false;
  const lastLookedAt: Partial<Record<TopicCode, number>> = {};
  let seenWrites: Promise<void> = Promise.resolve();

  const looked = (topic: TopicCode) => lastLookedAt[topic] ?? 0;

  function interval() {
    const settings = deps.settings();
    const now = clock.now();
    const decision = decidePollInterval({
      userIntervalMinutes: settings.pollIntervalMinutes,
      monthlyBudget: settings.monthlyCallBudget,
      callsThisMonth: callsThisMonth(calls, now),
      callsPerCycle: lastBatchCalls,
      now,
    });
    return decision.kind === 'poll'
      ? { ms: decision.intervalMs, stretched: decision.stretched, spentUntil: undefined }
      : { ms: Math.max(60_000, decision.resumeAt - now), stretched: true, spentUntil: decision.resumeAt };
  }

  function getState(): AppState {
    const settings = deps.settings();
    const current = interval();
    return {
      demo: session.demo,
      account: session.account,
      poller: status,
      counts: countsOf(snapshots),
      quota: {
        callsThisMonth: callsThisMonth(calls, clock.now()),
        monthlyBudget: settings.monthlyCallBudget,
        effectiveIntervalMinutes: Math.round(current.ms / 60_000),
        stretched: current.stretched,
        budgetSpentUntil: current.spentUntil,
      },
      keychain: session.keychain,
    };
  }

  const getTopic = (topic: TopicCode) => toTopicView(topic, snapshotOf(snapshots, topic), seen, looked(topic), clock.now());

  function render(changedTopic?: TopicCode) {
    const presentation = presentTrayFor({ snapshots, seen, lastLookedAt: looked('1'), status, session, now: clock.now(), utcOffsetMinutes: deps.utcOffsetMinutes(), locale: deps.locale() });
    deps.tray.render(presentation);
    deps.badge.setCount(presentation.badgeCount, presentation.title);
    deps.renderer.send('app:state-changed', getState());
    if (changedTopic) deps.renderer.send('tasks:topic-changed', getTopic(changedTopic));
  }

  function notify(planned: PlannedNotification, topic: TopicCode) {
    deps.notifier.show({ title: planned.title, body: planned.body, silent: planned.silent }, () => {
      if (planned.url) return void open(planned.url);
      deps.window.show();
      if (planned.taskId) deps.renderer.send('nav:show-task', { topic, taskId: planned.taskId });
    });
  }

  /** `url` comes from taskLink (the URL policy); the opener adapter applies it once more at the exit. */
  async function open(url: string): Promise<boolean> {
    try {
      await deps.opener.open(url);
      return true;
    } catch (error) {
      deps.log.warn('could not open a task link', error);
      return false;
    }
  }

  function onResult(result: TopicResult) {
    const now = clock.now();
    snapshots = withResult(snapshots, result, now);
    const observation = observeTasks(seen, result.topic, result.tasks, now);
    seen = observation.state;
    // The backlog the user finds on first sign-in is not "new since last look".
    if (observation.backlog !== null) lastLookedAt[result.topic] = now;
    const settings = deps.settings();
    for (const planned of announcementsFor({ topic: result.topic, observation, tasks: result.tasks, settings, now, utcOffsetMinutes: deps.utcOffsetMinutes(), locale: deps.locale() })) {
      notify(planned, result.topic);
    }
    const snapshot = seen;
    seenWrites = seenWrites.then(() => deps.seen.write(snapshot)).catch((error: unknown) => deps.log.error('could not save which tasks were announced', error));
    render(result.topic);
  }

  function onEvent(event: PollerEvent) {
    if (event.type === 'result') return onResult(event.result);
    if (event.type === 'error') {
      snapshots = withError(snapshots, event.topic, event.error.toJSON());
      deps.log.warn(`fetching topic ${event.topic} failed: ${event.error.kind}`, event.error.toJSON());
      return render(event.topic);
    }
    status = event.status;
    if (status.kind !== 'updating') {
      const loading = (Object.keys(snapshots) as TopicCode[]).filter((t) => snapshots[t]?.loading);
      snapshots = withLoading(snapshots, loading, false);
    }
    render();
  }

  const poller = createPoller({
    clock,
    random: deps.random,
    createAbortController: deps.createAbortController,
    fetchTopic: (topic, signal) => session.fetchTopic(topic, signal),
    topics: () => polledTopics(deps.settings()),
    intervalMs: () => interval().ms,
    onEvent,
    onCalls: (count) => {
      lastBatchCalls = Math.max(1, count);
      calls = recordCalls(calls, count, clock.now());
      void deps.calls.write(calls).catch((error: unknown) => deps.log.error('could not save the call counter', error));
    },
  });

  async function refresh(topic?: TopicCode) {
    const topics = polledTopics(deps.settings());
    if (topic && !topics.includes(topic)) topics.push(topic);
    snapshots = withLoading(snapshots, topics, true);
    if (topic) render(topic);
    await poller.refreshNow(topic ? [topic] : undefined);
  }

  function findUrl(topic: TopicCode, taskId: string, link: 'pc' | 'mobile' | 'helpdesk'): string | null {
    const task = snapshotOf(snapshots, topic).result?.tasks.find((t) => t.id === taskId);
    return task ? taskLink(task, link) : null;
  }

  async function openTask(topic: TopicCode, taskId: string, link: 'pc' | 'mobile' | 'helpdesk'): Promise<Outcome> {
    const url = findUrl(topic, taskId, link);
    if (!url) return NO_SAFE_LINK;
    return (await open(url)) ? { ok: true, value: undefined } : { ok: false, kind: 'open-failed', message: 'The link could not be opened.' };
  }

  function trayEvent(event: TrayEvent) {
    if (event.kind === 'task') {
      void openTask('1', event.taskId, 'pc').then((outcome) => {
        if (outcome.ok) return;
        deps.window.show();
        deps.renderer.send('nav:show-task', { topic: '1', taskId: event.taskId });
      });
      return;
    }
    const now = clock.now();
    switch (event.action) {
      case 'open-window':
        return deps.window.show();
      case 'refresh':
        return void refresh();
      case 'pause-hour':
        return poller.pause(pauseUntil('hour', now, deps.utcOffsetMinutes()));
      case 'pause-tomorrow':
        return poller.pause(pauseUntil('tomorrow', now, deps.utcOffsetMinutes()));
      case 'resume':
        return poller.resume();
      case 'settings':
      case 'sign-in':
        return deps.showSettings();
      case 'quit':
        return deps.quit();
    }
  }

  return {
    async start() {
      [seen, calls] = await Promise.all([deps.seen.read(), deps.calls.read()]);
      const now = clock.now();
      for (const topic of ['1', '2', '3', '17', '18'] as const) lastLookedAt[topic] = now;
      render();
      poller.start();
    },
    async stop() {
      poller.stop();
      await seenWrites;
    },
    getState,
    getTopic(topic) {
      const snapshot = snapshotOf(snapshots, topic);
      if (snapshot.fetchedAt === null && !snapshot.loading && !snapshot.error) void refresh(topic);
      return getTopic(topic);
    },
    refresh,
    openTask,
    copyLink(topic, taskId, link) {
      const url = findUrl(topic, taskId, link);
      if (!url) return NO_SAFE_LINK;
      deps.clipboard.writeText(url);
      return { ok: true, value: undefined };
    },
    markSeen(topic) {
      lastLookedAt[topic] = clock.now();
      render(topic);
    },
    pause: (until) => poller.pause(until),
    resume: () => poller.resume(),
    trayEvent,
    windowShown(topic) {
      const { fetchedAt, loading } = snapshotOf(snapshots, topic);
      if (!loading && (fetchedAt === null || clock.now() - fetchedAt > STALE_ON_OPEN_MS)) void refresh(topic);
    },
    power(event) {
      if (event === 'suspend') {
        // Timers do not run in sleep anyway; pausing keeps a wake-up from firing a stale cycle.
        if (status.kind !== 'paused' && status.kind !== 'stopped') {
          asleep = true;
          poller.pause(null);
        }
        return;
      }
      if (asleep) {
        asleep = false;
        return poller.resume(); // polls at once
      }
      if (status.kind === 'offline' || (event !== 'online' && status.kind === 'idle')) void poller.refreshNow();
    },
    settingsChanged() {
      render();
    },
  };
}
