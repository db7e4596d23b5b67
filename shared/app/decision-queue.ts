import type { ApprovalClient } from '../approval/approval-client';
import { APPROVAL_SCOPES } from '../approval/approval-scopes';
import { classifyDecisionError, notInTodo, notSupported } from '../approval/decision-failure';
import type { DecisionFailure } from '../approval/decision-failure';
import { decisionFailureMessage, decisionRefusalMessage } from '../approval/decision-messages';
import type { DecisionRefusal, RecheckResult } from '../approval/decision-messages';
import { isApiError } from '../feishu/api-error';
import type { Outcome } from '../ipc/contract';
import type { DecisionAction, DecisionView, FeatureAvailability } from '../ipc/view-types';
import type { ClockPort, TimerHandle } from '../poller/clock-port';
import type { LoggerPort } from './app-ports';

// Approve / reject from the window (issue #11). Nothing goes out on a click: a decision waits
// UNDO_WINDOW_MS (DecisionView.sendsAt) and can be undone until then; meanwhile its row stays,
// marked, and the counts do not move (nothing has happened yet). When the window closes, the task
// leaves the to-do list, the tray's count and the badge at once (optimistic, issue #11: "on
// success the task leaves the to-do list at once, the badge follows").
// Then exactly one POST /tasks/pass or /tasks/refuse, never repeated by the app:
//   - success: the decision is gone, the to-do list is re-polled (the task stays hidden until
//     the list no longer has it, at most SETTLE_MS);
//   - failure: the row comes back with the reason (decision-failure.ts, decision-messages.ts).
//     When the write may have happened (lost answer, "try later", "already done"), the to-do list
//     is re-polled first and the message says what it showed. Only the user sends it again.
// The instance code and support_api_operate come from `detailsFor` (the enrichment's cache when
// it has one; otherwise one GET /tasks, counted), asked only once the undo window is over, so an
// undone decision costs no call.
//
// Quit and sign-out (stop): decisions still in their undo window are dropped, NOT sent: the user
// left before the window closed, and sending later, silently, would act on their behalf after they
// quit. Past the window, a write not yet on its way (the lookup still running) is not sent either.
// A write already on its way cannot be called back; its answer is logged, and the next poll shows
// what happened.

export const UNDO_WINDOW_MS = 5_000;
/** How long a decided task stays hidden while the API still lists it (its lists can lag). */
export const SETTLE_MS = 120_000;

/** What acting on a task needs from the list: where to send it, and whether the API allows it. */
export interface DecisionTarget {
  instanceCode: string;
  /** support_api_operate; null when the list left it out (then the write decides). */
  supportApiOperate: boolean | null;
}

/** The seam to the enrichment: the task's instance code, or null when it is not in the to-do list. */
export type DetailsFor = (taskId: string) => Promise<DecisionTarget | null>;

export interface DecisionQueuePorts {
  clock: ClockPort;
  locale(): 'zh' | 'en';
  log: LoggerPort;
  approvals(): ApprovalClient | undefined;
  /** The act feature as settings show it (setting on, scope granted, user sign-in). */
  act(): FeatureAvailability;
  /** The task's title if it is in the fetched to-do list (hidden or not), else null. */
  todoTitle(taskId: string): string | null;
  detailsFor: DetailsFor;
  /** Records API calls made outside the poll (each write, each lookup) on the call meter. */
  countCalls(count: number): void;
  /** Re-polls the to-do list: true if it still lists the task, false if not, null if it could not be read. */
  recheck(taskId: string): Promise<boolean | null>;
  /** An API said this scope is missing: settings and the features view learn it. */
  learnedMissingScope(scope: string): void;
  /** A write answered 1390018: the row and the detail view say "needs a signature" from now on. */
  needsSignature?(taskId: string): void;
  /** The set of tasks to hide from the to-do list changed. */
  hiddenChanged(taskIds: ReadonlySet<string>): void;
  /** The decisions the window shows changed (tasks:decisions-changed). */
  changed(decisions: DecisionView[]): void;
}

export interface DecisionQueue {
  decide(request: { taskId: string; action: DecisionAction; comment?: string }): Promise<Outcome<DecisionView>>;
  undo(taskId: string): Outcome;
  dismiss(taskId: string): void;
  list(): DecisionView[];
  /** Quit or sign-out: drops what is still in its undo window (unsent) and stops reporting. */
  stop(): void;
}

interface Entry {
  taskId: string;
  title: string;
  action: DecisionAction;
  comment: string;
  state: 'waiting' | 'sending' | 'failed' | 'done';
  sendsAt: number;
  timer: TimerHandle | null;
  message?: string;
  openInFeishu?: boolean;
}

export function createDecisionQueue(ports: DecisionQueuePorts): DecisionQueue {
  const { clock } = ports;
  const entries = new Map<string, Entry>();
  let stopped = false;

  const refuse = (kind: DecisionRefusal, scope?: string): { ok: false; message: string; kind: string } => ({ ok: false, kind, message: decisionRefusalMessage(kind, ports.locale(), scope) });

  function viewOf(entry: Entry): DecisionView {
    const view: DecisionView = { taskId: entry.taskId, title: entry.title, action: entry.action, state: entry.state === 'done' ? 'sending' : entry.state, sendsAt: entry.sendsAt };
    if (entry.message !== undefined) view.message = entry.message;
    if (entry.openInFeishu) view.openInFeishu = true;
    return view;
  }

  const list = () => [...entries.values()].filter((entry) => entry.state !== 'done').map(viewOf);

  /** Hidden: being sent, or sent and not yet gone from the list. A waiting or failed row shows. */
  function publish() {
    if (stopped) return;
    ports.hiddenChanged(new Set([...entries.values()].filter((entry) => entry.state === 'sending' || entry.state === 'done').map((entry) => entry.taskId)));
    ports.changed(list());
  }

  function forget(entry: Entry) {
    if (entry.timer !== null) clock.clearTimer(entry.timer);
    if (entries.get(entry.taskId) === entry) entries.delete(entry.taskId);
  }

  async function decide(request: { taskId: string; action: DecisionAction; comment?: string }): Promise<Outcome<DecisionView>> {
    const { taskId, action } = request;
    if (stopped) return refuse('stopped');
    // The IPC schema already insists; the core does too (Feishu shows the reason to the requester).
    if (action === 'reject' && !request.comment?.trim()) return refuse('comment-needed');
    const existing = entries.get(taskId);
    if (existing?.state === 'waiting') return refuse('queued');
    if (existing?.state === 'sending' || existing?.state === 'done') return refuse('sending');
    if (!ports.approvals()) return refuse('no-approvals');
    const act = ports.act();
    if (act.unsupported) return refuse('unsupported');
    if (act.missingScopes.length > 0) return refuse('missing-scope', act.missingScopes.join(', '));
    if (!act.active) return refuse('turned-off');
    const title = ports.todoTitle(taskId);
    if (title === null) return { ok: false, kind: 'not-todo', message: decisionFailureMessage(notInTodo(), action, ports.locale()) };
    // Trying again after a failure is the user's own new decision: the failed row gives way.
    if (existing) forget(existing);
    const entry: Entry = { taskId, title, action, comment: request.comment?.trim() ?? '', state: 'waiting', sendsAt: clock.now() + UNDO_WINDOW_MS, timer: null };
    entry.timer = clock.setTimer(() => void send(entry), UNDO_WINDOW_MS);
    entries.set(taskId, entry);
    publish();
    return { ok: true, value: viewOf(entry) };
  }

  async function send(entry: Entry) {
    entry.timer = null;
    if (stopped || entries.get(entry.taskId) !== entry || entry.state !== 'waiting') return;
    entry.state = 'sending';
    publish();
    const client = ports.approvals();
    let target: DecisionTarget | null;
    try {
      if (!client) throw new Error('the session has no approval client');
      target = await ports.detailsFor(entry.taskId);
    } catch (error) {
      // Only the list was read: nothing was written, so no re-check is needed. A scope the read
      // lacks is the list's own (approval:task:read) unless the error named another.
      const failure = classifyDecisionError(error);
      if (failure.reason === 'missing-scope') {
        failure.scope = isApiError(error) && error.scope ? error.scope : APPROVAL_SCOPES.list;
        ports.learnedMissingScope(failure.scope);
      }
      return fail(entry, failure, 'not-sent');
    }
    if (target === null) {
      // The approval list no longer has it: handled elsewhere. Bring the to-do list up to date.
      if (!stopped) await ports.recheck(entry.taskId);
      return fail(entry, notInTodo());
    }
    if (target.supportApiOperate === false) return fail(entry, notSupported());
    if (stopped) {
      // Quit or signed out while the list was read: the write has not gone out, and will not.
      ports.log.info(`${entry.action} of task ${entry.taskId} not sent: the app quit or signed out before it went out`);
      return;
    }
    const decision = { instanceCode: target.instanceCode, taskId: entry.taskId, ...(entry.comment ? { comment: entry.comment } : {}) };
    try {
      await (entry.action === 'approve' ? client.pass(decision) : client.refuse(decision));
    } catch (error) {
      ports.countCalls(1);
      const failure = classifyDecisionError(error);
      if (failure.reason === 'missing-scope' && failure.scope) ports.learnedMissingScope(failure.scope);
      if (failure.reason === 'signature') ports.needsSignature?.(entry.taskId);
      if (!failure.recheck) return fail(entry, failure);
      const listed = stopped ? null : await ports.recheck(entry.taskId);
      return fail(entry, failure, listed === null ? 'unknown' : listed ? 'still-todo' : 'left-todo');
    }
    ports.countCalls(1);
    ports.log.info(`${entry.action} of task ${entry.taskId} sent`);
    await succeeded(entry);
  }

  async function succeeded(entry: Entry) {
    entry.state = 'done';
    publish();
    if (stopped) return;
    // Hidden until the list no longer has it; if the API still lists it, for SETTLE_MS at most.
    entry.timer = clock.setTimer(() => (forget(entry), publish()), SETTLE_MS);
    const listed = await ports.recheck(entry.taskId);
    if (listed === false && entries.get(entry.taskId) === entry) {
      forget(entry);
      publish();
    }
  }

  function fail(entry: Entry, failure: DecisionFailure, recheck?: RecheckResult) {
    ports.log.warn(`${entry.action} of task ${entry.taskId} failed: ${failure.reason}`, { code: failure.code, logId: failure.logId, detail: failure.detail, recheck });
    if (entries.get(entry.taskId) !== entry) return;
    entry.state = 'failed';
    entry.message = decisionFailureMessage(failure, entry.action, ports.locale(), recheck);
    // Where only Feishu can settle it, or where it is unclear what happened, offer Feishu.
    entry.openInFeishu = failure.openInFeishu || (failure.recheck && recheck !== 'still-todo' && recheck !== 'not-sent');
    publish();
  }

  return {
    decide,
    undo(taskId) {
      const entry = entries.get(taskId);
      if (entry?.state === 'sending' || entry?.state === 'done') return refuse('sending');
      if (entry?.state !== 'waiting') return { ok: false, kind: 'not-found', message: ports.locale() === 'zh' ? '没有可撤销的操作。' : 'Nothing to undo.' };
      forget(entry);
      publish();
      return { ok: true, value: undefined };
    },
    dismiss(taskId) {
      const entry = entries.get(taskId);
      if (entry?.state !== 'failed') return;
      forget(entry);
      publish();
    },
    list,
    stop() {
      if (stopped) return;
      const hadAny = list().length > 0;
      for (const entry of [...entries.values()]) {
        if (entry.state === 'waiting') ports.log.info(`${entry.action} of task ${entry.taskId} not sent: the app quit or signed out within the undo window`);
        if (entry.state !== 'sending') forget(entry);
      }
      if (hadAny) ports.changed([]);
      stopped = true;
    },
  };
}
