import type { AboutView } from '../../../shared/about/about-view';
import type { EventChannel, EventPayloads, Outcome, RendererApi } from '../../../shared/ipc/contract';
import type { AppState, DecisionView, ShortcutStatus, TaskDetailView, TopicView } from '../../../shared/ipc/view-types';
import type { ManagedState } from '../../../shared/managed/managed-config';
import type { Settings } from '../../../shared/settings/settings';
import type { TopicCode } from '../../../shared/tasks/topic';

// The stand-in for the preload's `window.api`, installed by page.addInitScript before the app
// loads. It is serialised into the page, so it must not close over anything: all it knows
// arrives in `scenario`. It records every call so tests can assert what the UI asked main for.

export interface BridgeScenario {
  state: AppState;
  settings: Settings;
  topics: Partial<Record<TopicCode, TopicView>>;
  /** Hold getTopic answers until `__bridge.release()` (the bench times the render after data). */
  holdTopics?: boolean;
  signInOutcome?: Outcome<AppState>;
  /** How main's registration of the global shortcut went (default: as set, registered). */
  shortcut?: ShortcutStatus;
  /** The administrator's managed.json as main read it (default: none). */
  managed?: ManagedState;
  /** Settings → About (about-view.ts); a development build's when absent. */
  about?: AboutView;
  /** Issue #11: detail views by task id (getDetail); absent, the bridge answers like main before #11. */
  details?: Record<string, TaskDetailView>;
  /** Issue #11: decisions wait this long before they "go out" (main's undo window); absent, decide is refused. */
  undoMs?: number;
  /** Tasks whose decision fails once sent, with the reason main would give. */
  decisionFailures?: Record<string, { message: string; openInFeishu?: boolean }>;
  /** How the browser sign-in for more scopes ends (default: refused by the user). */
  grantOutcome?: 'granted' | 'refused';
}

export interface BridgeCall {
  method: string;
  request: unknown;
}

export interface BridgeControl {
  calls: BridgeCall[];
  emit<E extends EventChannel>(channel: E, payload: EventPayloads[E]): void;
  release(): void;
}

declare global {
  interface Window {
    api?: RendererApi;
    __bridge?: BridgeControl;
  }
}

export function installTestBridge(scenario: BridgeScenario): void {
  const calls: BridgeCall[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const held: (() => void)[] = [];
  let settings = scenario.settings;
  const record = (method: string, request?: unknown) => calls.push({ method, request: request ?? null });
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload));
  const emptyView = (topic: TopicCode): TopicView => ({ topic, tasks: [], count: { total: 0, capped: false }, fetchedAt: 0, error: null, loading: false });
  const findTask = (topic: TopicCode, taskId: string) => scenario.topics[topic]?.tasks.find((task) => task.id === taskId);
  const decisions: DecisionView[] = [];
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const emitDecisions = () => emit('tasks:decisions-changed', decisions.map((d) => ({ ...d })));
  // The undo window is over: "sending" for a moment, then gone with its task, or failed.
  const send = (taskId: string) => {
    const decision = decisions.find((d) => d.taskId === taskId);
    if (!decision) return;
    decision.state = 'sending';
    emitDecisions();
    setTimeout(() => {
      const failure = scenario.decisionFailures?.[taskId];
      calls.push({ method: 'sent', request: { taskId, action: decision.action, ok: !failure } });
      if (failure) {
        Object.assign(decision, { state: 'failed', message: failure.message, openInFeishu: failure.openInFeishu ?? false });
        return emitDecisions();
      }
      decisions.splice(decisions.indexOf(decision), 1);
      const todo = scenario.topics['1'];
      if (todo) {
        const tasks = todo.tasks.filter((task) => task.id !== taskId);
        scenario.topics['1'] = { ...todo, tasks, count: { total: tasks.length, capped: false } };
        scenario.state = { ...scenario.state, counts: { ...scenario.state.counts, '1': { total: tasks.length, capped: false } } };
        emit('tasks:topic-changed', scenario.topics['1']);
        emit('app:state-changed', scenario.state);
      }
      emitDecisions();
    }, 300);
  };
  const linkOutcome = (topic: TopicCode, taskId: string, link: 'pc' | 'mobile' | 'helpdesk'): Outcome =>
    findTask(topic, taskId)?.openable[link] ? { ok: true, value: undefined } : { ok: false, message: 'no safe link' };

  const api: RendererApi = {
    getState: async () => (record('getState'), scenario.state),
    getTopic: (request) => {
      record('getTopic', request);
      const view = scenario.topics[request.topic] ?? emptyView(request.topic);
      if (!scenario.holdTopics) return Promise.resolve(view);
      return new Promise((resolve) => held.push(() => resolve(view)));
    },
    refresh: async (request) => void record('refresh', request),
    openTask: async (request) => (record('openTask', request), linkOutcome(request.topic, request.taskId, request.link ?? 'pc')),
    copyLink: async (request) => (record('copyLink', request), linkOutcome(request.topic, request.taskId, request.link)),
    copySummary: async (request) => (record('copySummary', request), findTask(request.topic, request.taskId) ? { ok: true, value: undefined } : { ok: false, message: 'no task' }),
    openApprovalCentre: async () => (
      record('openApprovalCentre'), scenario.state.account?.region === 'feishu' || scenario.state.account?.region === 'lark' ? { ok: true, value: undefined } : { ok: false, message: 'no centre' }
    ),
    // Like main: the rows seen lose their "new" marker, and the window hears of it.
    markSeen: async (request) => {
      record('markSeen', request);
      const view = scenario.topics[request.topic];
      if (!view) return;
      const seen = new Set(request.taskIds);
      scenario.topics[request.topic] = { ...view, tasks: view.tasks.map((task) => (seen.has(task.id) ? { ...task, isNew: false } : task)) };
      emit('tasks:topic-changed', scenario.topics[request.topic]);
    },
    // Issue #11's details and decisions. Like main: a decision waits `undoMs` (undoable), then is
    // "sent": the task leaves to-do and the count follows, or it fails with the scenario's reason.
    getDetail: async (request) => {
      record('getDetail', request);
      const detail = scenario.details?.[request.taskId];
      return detail ? { ok: true, value: detail } : { ok: false, message: 'no details', kind: 'unavailable' };
    },
    decide: async (request) => {
      record('decide', { taskId: request.taskId, action: request.action, comment: request.comment ?? null });
      const task = findTask('1', request.taskId);
      if (scenario.undoMs === undefined || !task?.details?.action.can) return { ok: false, message: 'not available', kind: 'unavailable' };
      if (request.action === 'reject' && !request.comment?.trim()) return { ok: false, message: 'a reason is required' };
      const view: DecisionView = { taskId: task.id, title: task.title, action: request.action, state: 'waiting', sendsAt: Date.now() + scenario.undoMs };
      decisions.push(view);
      timers.set(task.id, setTimeout(() => send(task.id), scenario.undoMs));
      emitDecisions();
      return { ok: true, value: view };
    },
    undoDecision: async (request) => {
      record('undoDecision', request);
      const at = decisions.findIndex((d) => d.taskId === request.taskId && d.state === 'waiting');
      if (at < 0) return { ok: false, message: 'nothing to undo' };
      clearTimeout(timers.get(request.taskId));
      decisions.splice(at, 1);
      emitDecisions();
      return { ok: true, value: undefined };
    },
    dismissDecision: async (request) => {
      record('dismissDecision', request);
      const at = decisions.findIndex((d) => d.taskId === request.taskId && d.state === 'failed');
      if (at >= 0) decisions.splice(at, 1);
      emitDecisions();
    },
    getDecisions: async () => (record('getDecisions'), decisions.map((d) => ({ ...d }))),
    grantScopes: async (request) => {
      record('grantScopes', request);
      if (scenario.grantOutcome !== 'granted') return { ok: false, message: 'you declined the permission', kind: 'scope-refused' };
      const feature = request.feature;
      scenario.state = { ...scenario.state, approvals: { ...scenario.state.approvals, [feature]: { active: true, missingScopes: [] } } };
      // Like main: the feature's setting follows the grant, and the window hears of both.
      settings = { ...settings, approvals: { ...settings.approvals, ...(feature === 'act' ? { actFromApp: true } : { showDetails: true }) } };
      emit('settings:changed', settings);
      emit('app:state-changed', scenario.state);
      return { ok: true, value: scenario.state };
    },
    pause: async (request) => void record('pause', request),
    resume: async () => void record('resume'),
    getSettings: async () => (record('getSettings'), settings),
    getShortcutStatus: async () => (
      record('getShortcutStatus'), scenario.shortcut ?? { accelerator: settings.globalShortcut, registered: settings.globalShortcut !== null, problem: null }
    ),
    updateSettings: async (patch) => {
      record('updateSettings', patch);
      settings = { ...settings, ...patch } as Settings;
      // Like main: a changed shortcut is registered again, and the window hears how it went.
      if ('globalShortcut' in patch) {
        emit('settings:shortcut-status', { accelerator: settings.globalShortcut, registered: settings.globalShortcut !== null, problem: null });
      }
      return settings;
    },
    forgetLinkHost: async (request) => {
      record('forgetLinkHost', request);
      settings = { ...settings, allowedLinkHosts: settings.allowedLinkHosts.filter((host) => host !== request.host) };
      emit('settings:changed', settings);
      return settings;
    },
    // Only the mode is recorded: the test bridge must not keep secrets any more than main's log.
    signIn: async (request) => (
      record('signIn', { mode: request.mode, region: 'region' in request ? request.region : null }), scenario.signInOutcome ?? { ok: false, message: 'sandbox refused the app secret' }
    ),
    getManaged: async () => (record('getManaged'), scenario.managed ?? { status: 'none', path: '/etc/approval-tray/managed.json' }),
    cancelSignIn: async () => void record('cancelSignIn'),
    signOut: async () => void record('signOut'),
    hideWindow: async () => void record('hideWindow'),
    getAbout: async () => (record('getAbout'), scenario.about ?? { version: '0.0.0', electron: null, chromium: null, update: { kind: 'off', reason: 'not-packaged' }, feed: null, dataFolder: '', logFolder: '', licences: [] }),
    openFolder: async (request) => (record('openFolder', request), { ok: true, value: undefined }),
    copyDiagnostics: async () => (record('copyDiagnostics'), { ok: true, value: undefined }),
    restartToUpdate: async () => (record('restartToUpdate'), { ok: false, message: 'no update is ready' }),
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(channel, set);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
  window.api = api;
  window.__bridge = {
    calls,
    emit: (channel, payload) => emit(channel, payload),
    release: () => held.splice(0).forEach((resolve) => resolve()),
  };
}
