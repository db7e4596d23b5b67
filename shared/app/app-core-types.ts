import type { ApprovalClient } from '../approval/approval-client';
import type { TopicResult } from '../feishu/tasks-client';
import type { Outcome } from '../ipc/contract';
import type { AppState, DecisionAction, DecisionView, TaskDetailView, TopicView } from '../ipc/view-types';
import type { ClockPort } from '../poller/clock-port';
import type { CallCounterState } from '../quota/call-counter';
import type { Account, Settings } from '../settings/settings';
import type { LookedState } from '../tasks/looked-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { TopicCode } from '../tasks/topic';
import type * as Ports from './app-ports';
import type { EnrichmentCache } from './enrichment-cache';
import type { TrayEvent } from './app-ports';

// The core's contract with the composition root: what it is given (a session and the ports) and
// what it answers. Its own module so the core's parts can share these types without importing
// app-core.ts (which imports them: that would be a circle).

/** One signed-in account (or the demo): who it is and how to fetch its topics. */
export interface AppSession {
  demo: boolean;
  account: Account | null;
  keychain: { available: boolean; message?: string };
  fetchTopic(topic: TopicCode, signal: AbortSignal | undefined): Promise<TopicResult>;
  /**
   * The user-level approval APIs (issue #11) with this session's user token; absent where there
   * is none (tenant sign-in) or in tests that do not need them.
   */
  approvals?: ApprovalClient;
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
  /** Which rows the user has looked at (looked-ledger.ts), per account. */
  looked: Ports.StatePort<LookedState>;
  calls: Ports.StatePort<CallCounterState>;
  /** The approval details cache (issue #11), per account; absent: kept in memory (the demo, tests). */
  enrichment?: Ports.StatePort<EnrichmentCache>;
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

export type LinkKind = 'pc' | 'mobile' | 'helpdesk';

export interface AppCore {
  start(): Promise<void>;
  /** Stops polling and waits until what was announced is on disk. */
  stop(): Promise<void>;
  getState(): AppState;
  getTopic(topic: TopicCode): TopicView;
  refresh(topic?: TopicCode): Promise<void>;
  openTask(topic: TopicCode, taskId: string, link: LinkKind): Promise<Outcome>;
  copyLink(topic: TopicCode, taskId: string, link: LinkKind): Outcome;
  copySummary(topic: TopicCode, taskId: string): Outcome;
  openApprovalCentre(): Promise<Outcome>;
  /** The user saw these rows in the window: their "new" clears, in the list and the tray. */
  markSeen(topic: TopicCode, taskIds: readonly string[]): void;
  pause(until: number | null): void;
  resume(): void;
  trayEvent(event: TrayEvent): void;
  windowShown(topic: TopicCode): void;
  power(event: 'suspend' | 'resume' | 'unlock' | 'online'): void;
  settingsChanged(): void;
  /** The detail view of a task (cache or one counted instances/detail call). */
  getDetail(topic: TopicCode, taskId: string): Promise<Outcome<TaskDetailView>>;
  /** Queues approve / reject behind the undo window (DecisionView.sendsAt). */
  decide(request: { taskId: string; action: DecisionAction; comment?: string }): Promise<Outcome<DecisionView>>;
  undoDecision(taskId: string): Outcome;
  dismissDecision(taskId: string): void;
  getDecisions(): DecisionView[];
}
