import type { ApprovalList, ApprovalListTopic } from '../approval/approval-client';
import { approvalFeatures, missingScopes } from '../approval/approval-features';
import { APPROVAL_SCOPES } from '../approval/approval-scopes';
import type { ApprovalItem, InstanceInfo } from '../approval/approval-types';
import { applyDetail, applyDrops, applyList, DEFAULT_DETAILS_PER_CYCLE, planEnrichment } from '../approval/enrichment-planner';
import type { EnrichmentInput } from '../approval/enrichment-planner';
import { isApiError } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import type { Outcome } from '../ipc/contract';
import type { ActionAvailability, ApprovalFeaturesView, TaskDetailView, TopicView } from '../ipc/view-types';
import { TOPIC_CODES } from '../tasks/topic';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import type { StatePort } from './app-ports';
import type { CallMeter } from './call-meter';
import { emptyEnrichmentCache, keepTodo } from './enrichment-cache';
import type { EnrichmentCache } from './enrichment-cache';
import { enrichmentWords } from './enrichment-words';
import { actionAvailability, detailsSummary, detailView, summaryLine } from './task-detail-views';
import type { TopicState } from './topic-state';

// The details enrichment (issue #11) as the core runs it: after a to-do poll (or when the window
// opens on a list newer than the last enrichment) it asks enrichment-planner.ts which calls to
// make, makes them through the session's approval client, counts every one in the call meter,
// and keeps the answers per to-do task (enrichment-cache.ts), dropping them when the task leaves
// to-do. Runs one at a time; a poll while one runs queues the next. Nothing here throws at the
// core: without the scopes, the setting or a user token, the rows show exactly as before.
// Recurring calls wait for the enrichment's share of the budget (quota/enrichment-share.ts, kept
// by the call meter): with no room, a run skips them and the rows show without details until
// the next poll finds room. What the user asks for (a detail view, a decision) is a one-off.

/** What a decision needs to know about a to-do task (h11-decide reads it through the core). */
export interface TodoApproval {
  taskId: string;
  instanceCode: string;
  /** GET /tasks' support_api_operate; null when the list left it out. */
  supportApiOperate: boolean | null;
  /** A pass/refuse answered 1390018 for it earlier: only Feishu can act on it. */
  needsSignature: boolean;
  /** Whether Approve / Reject may be offered now, and why not. */
  action: ActionAvailability;
}

export interface TaskEnrichment {
  load(): Promise<void>;
  /** Resolves when every cache write begun so far is done. */
  saved(): Promise<void>;
  /** Resolves when no enrichment run is under way or queued (tests, the bench). */
  settled(): Promise<void>;
  /**
   * A to-do poll answered. Null when no call is needed (nothing is new); else a promise that
   * resolves once the list step is done (summaries known; detail calls may still run), so a new
   * to-do's notification can carry its summary.
   */
  todoPolled(result: TopicResult): Promise<void> | null;
  /** The window opened on the to-do list: enrich if the list is newer than the last enrichment. */
  windowOpened(): void;
  /** The to-do view with TaskView.details filled where known (other topics unchanged). */
  decorate(view: TopicView): TopicView;
  /** The task's summary line ("key: value · …"), empty when unknown or details are off. */
  summaryLine(taskId: string): string;
  /** True when the detail view can show this to-do now (its item is known, details are on). */
  reviewable(taskId: string): boolean;
  getDetail(topic: TopicCode, taskId: string): Promise<Outcome<TaskDetailView>>;
  /** A to-do task's approval facts, null when the list has not covered it (or no scope). */
  todoApproval(taskId: string): TodoApproval | null;
  /**
   * What a decision needs (main's decision-queue.ts `DetailsFor` seam): the cached item, else
   * one counted GET /tasks?topic=1 (its answer cached too); null when the list does not have
   * the task as a to-do. Throws what the list call threw (after counting it, learning a scope).
   */
  detailsFor(taskId: string): Promise<{ instanceCode: string; supportApiOperate: boolean | null } | null>;
  /** A pass/refuse answered 1390018: the row and the detail view say "needs a signature". */
  markNeedsSignature(taskId: string): void;
  /** What the last run left waiting for budget: the list (summaries, acting) and/or details. */
  budgetWait(): BudgetWait;
}

/** Enrichment calls a run skipped because the enrichment's share (or the month) had no room. */
export interface BudgetWait {
  list: boolean;
  details: boolean;
}

type EnrichmentDeps = Pick<AppCoreDeps, 'clock' | 'session' | 'settings' | 'locale' | 'log' | 'createAbortController'> & { enrichment?: StatePort<EnrichmentCache> };

/** The API codes that mean "a scope is missing" (99991672 app, 99991679/99991676 user). */
const SCOPE_CODES = new Set([99991672, 99991676, 99991679]);
/** After a list call failed for a reason a retry will not fix, the next try waits this long. */
export const LIST_RETRY_AFTER_MS = 60 * 60_000;
/** A call that has not answered by then is given up (the fetch has no timeout of its own). */
export const CALL_TIMEOUT_MS = 30_000;
/** A new to-do's notification waits at most this long for its summary. */
export const SUMMARY_WAIT_MS = 10_000;
/** Calls the user asked for: they spend the month, not the enrichment's share. */
const ONE_OFF = { oneOff: true } as const;
/**
 * Detail calls per cycle for the first look at the backlog (one-off calls; spread over a few
 * cycles only to stay far below the API's per-minute limits).
 */
const FIRST_LOOK_DETAILS_PER_CYCLE = 20;
/** Other topics' details opened this session, kept for a second look (not saved). */
const OTHER_TOPIC_CACHE = 20;

export function createTaskEnrichment(
  deps: EnrichmentDeps,
  parts: { topics: Pick<TopicState, 'snapshot'>; meter: Pick<CallMeter, 'recordExtra' | 'cycleStarted' | 'spent' | 'enrichmentRoom'>; learnedMissingScopes: Set<string>; changed(): void },
): TaskEnrichment {
  const { clock, session } = deps;
  const port = deps.enrichment ?? memoryPort();
  let cache = emptyEnrichmentCache();
  let writes: Promise<void> = Promise.resolve();
  let queue: Promise<void> = Promise.resolve();
  let queued = 0;
  let listBlockedUntil = 0;
  // The to-dos of this run's first poll: reading them is a one-off cost (a backlog, once), not a
  // rate the budget should expect to go on (call-meter.ts recordExtra oneOff).
  let backlog: ReadonlySet<string> | null = null;
  const others = new Map<string, { item: ApprovalItem; instance: InstanceInfo }>();
  let waiting: BudgetWait = { list: false, details: false };

  /** True when a call may go out now; a recurring one needs the share's room, any one the month's. */
  function roomFor(oneOff: boolean, part: keyof BudgetWait): boolean {
    const room = !parts.meter.spent() && (oneOff || parts.meter.enrichmentRoom() >= 1);
    if (!room) waiting = { ...waiting, [part]: true };
    return room;
  }

  /** Runs `call` with a signal that aborts after CALL_TIMEOUT_MS, so a hung call cannot block the queue. */
  function timed<T>(call: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    const controller = deps.createAbortController?.();
    if (!controller) return call(undefined);
    const timer = clock.setTimer(() => controller.abort(), CALL_TIMEOUT_MS);
    return call(controller.signal).finally(() => clock.clearTimer(timer));
  }

  function save() {
    const snapshot = cache;
    writes = writes.then(() => port.write(snapshot)).catch((error: unknown) => deps.log.error('could not save the approval details cache', error));
  }

  /** User id → name, from every polled task's initiators and the signed-in account. */
  function knownNames(): Map<string, string> {
    const names = new Map<string, string>();
    for (const topic of TOPIC_CODES) {
      for (const task of parts.topics.snapshot(topic).result?.tasks ?? []) for (const person of task.initiators) if (person.id && person.name) names.set(person.id, person.name);
    }
    const account = session.account;
    if (account?.userId && account.userName) names.set(account.userId, account.userName);
    return names;
  }

  function features(): ApprovalFeaturesView {
    return approvalFeatures({ demo: session.demo, account: session.account, settings: deps.settings(), learnedMissing: parts.learnedMissingScopes });
  }

  /** Which calls the scopes, the settings and the sign-in allow. The list also serves acting. */
  function scopes(): EnrichmentInput['scopes'] {
    if (!session.approvals || (!session.demo && session.account?.mode === 'tenant')) return { list: false, detail: false };
    const { showDetails, actFromApp } = deps.settings().approvals;
    const input = { demo: session.demo, account: session.account, settings: deps.settings(), learnedMissing: parts.learnedMissingScopes };
    const list = (showDetails || actFromApp) && missingScopes(input, [APPROVAL_SCOPES.list]).length === 0;
    return { list, detail: list && showDetails && missingScopes(input, [APPROVAL_SCOPES.detail]).length === 0 };
  }

  const todoTasks = () => parts.topics.snapshot('1').result?.tasks ?? [];

  /** A permission error naming a missing scope: remembered, so settings say it and calls stop. */
  function learn(error: unknown, scopeOfCall: string): boolean {
    if (!isApiError(error) || error.kind !== 'permission') return false;
    if (error.scope === undefined && (error.code === undefined || !SCOPE_CODES.has(error.code))) return false;
    const scope = error.scope ?? scopeOfCall;
    if (!parts.learnedMissingScopes.has(scope)) {
      parts.learnedMissingScopes.add(scope);
      deps.log.warn(`the approval details need the scope ${scope}, which this sign-in lacks`, { code: error.code });
      // AppState.approvals now names it: settings say which permission to grant.
      parts.changed();
    }
    return true;
  }

  /** Calls that may work next time: the network, the server, the rate limit, an expired token. */
  const transient = (error: unknown) => isApiError(error) && ['network', 'server', 'rate-limited', 'auth-expired'].includes(error.kind);

  function takeTodoList(list: ApprovalList, todoIds: readonly string[]) {
    const todo = new Set(todoIds);
    const items = { ...cache.items };
    for (const item of list.items) if (todo.has(item.taskId)) items[item.taskId] = item;
    cache = { ...cache, plan: applyList(cache.plan, { items: list.items, todoTaskIds: todoIds, at: clock.now() }), items };
  }

  async function listTodo(todoIds: readonly string[]): Promise<boolean> {
    const approvals = session.approvals;
    if (!approvals || clock.now() < listBlockedUntil) return false;
    // A list for the backlog's to-dos only is the first look; one for arrivals will recur.
    const covered = new Set(cache.plan.coveredTaskIds);
    const oneOff = todoIds.filter((id) => !covered.has(id)).every((id) => backlog?.has(id) === true);
    if (!roomFor(oneOff, 'list')) return false;
    try {
      const list = await timed((signal) => approvals.listTasks({ topic: '1', signal })).catch((error: unknown) => {
        parts.meter.recordExtra(1, { oneOff });
        throw error;
      });
      parts.meter.recordExtra(list.calls, { oneOff });
      takeTodoList(list, todoIds);
      return true;
    } catch (error) {
      if (!learn(error, APPROVAL_SCOPES.list) && !transient(error)) listBlockedUntil = clock.now() + LIST_RETRY_AFTER_MS;
      deps.log.warn('could not list the to-do approvals', isApiError(error) ? error.toJSON() : String(error));
      return false;
    }
  }

  /** A backlog to-do's detail is part of the first look; an arrival's will recur. */
  const detailIsOneOff = (code: string) => Object.entries(cache.plan.instanceByTask).some(([taskId, known]) => known === code && backlog?.has(taskId));

  async function fetchDetail(code: string, oneOff: boolean): Promise<InstanceInfo | null> {
    const approvals = session.approvals;
    if (!approvals) return null;
    try {
      const info = await timed((signal) => approvals.instanceDetail(code, signal));
      parts.meter.recordExtra(1, { oneOff });
      return info;
    } catch (error) {
      parts.meter.recordExtra(1, { oneOff });
      // Gone or unreadable for good (e.g. 1390003): never asked again while its task is to-do.
      if (!learn(error, APPROVAL_SCOPES.detail) && !transient(error)) cache = { ...cache, plan: applyDetail(cache.plan, code, clock.now()) };
      deps.log.warn('could not read an approval instance', isApiError(error) ? error.toJSON() : String(error));
      return null;
    }
  }

  function storeDetail(code: string, info: InstanceInfo) {
    cache = { ...cache, plan: applyDetail(cache.plan, code, clock.now()), instances: { ...cache.instances, [code]: info } };
  }

  /** Forgets what belongs to tasks no longer to-do; true when anything was dropped. */
  function dropGone(todoIds: readonly string[], plan = planFor('poll', todoIds, null)): boolean {
    const before = cache;
    cache = keepTodo({ ...cache, plan: applyDrops(cache.plan, plan, todoIds) }, new Set(todoIds));
    const changed = JSON.stringify(before) !== JSON.stringify(cache);
    if (changed) save();
    return changed;
  }

  function planFor(trigger: EnrichmentInput['trigger'], todoIds: readonly string[], polledAt: number | null) {
    return planEnrichment({ trigger, todoTaskIds: todoIds, polledAt: polledAt ?? clock.now(), state: cache.plan, scopes: scopes(), maxDetailsPerCycle: FIRST_LOOK_DETAILS_PER_CYCLE });
  }

  async function run(trigger: EnrichmentInput['trigger'], listed: () => void) {
    const todoIds = todoTasks().map((task) => task.id);
    const polledAt = parts.topics.snapshot('1').fetchedAt;
    const waitedBefore = waiting;
    waiting = { list: false, details: false };
    try {
      if (planFor(trigger, todoIds, polledAt).fetchList && (await listTodo(todoIds))) {
        save();
        parts.changed();
      }
      listed();
      const plan = planFor(trigger, todoIds, polledAt);
      let arrivals = 0;
      for (const code of plan.fetchDetails) {
        // A missing scope learnt on the first one: the others would fail the same way.
        if (!scopes().detail) break;
        // The first look's details cost the same calls whenever they are made: make them now, so
        // the backlog's waiting times show within a poll or two. Arrivals' are a few per cycle.
        const oneOff = detailIsOneOff(code);
        if (!oneOff && arrivals >= DEFAULT_DETAILS_PER_CYCLE) continue;
        // No room: this and the rest wait for a later poll (the plan asks for them again).
        if (!roomFor(oneOff, 'details')) break;
        if (!oneOff) arrivals += 1;
        const info = await fetchDetail(code, oneOff);
        if (info) storeDetail(code, info);
      }
      dropGone(todoIds, plan);
      save();
      if (plan.fetchDetails.length > 0 || waiting.list !== waitedBefore.list || waiting.details !== waitedBefore.details) parts.changed();
    } catch (error) {
      deps.log.error('the approval details enrichment failed', error);
    } finally {
      listed();
    }
  }

  function enqueue(trigger: EnrichmentInput['trigger']): Promise<void> {
    let listed!: () => void;
    const listDone = new Promise<void>((resolve) => (listed = resolve));
    // The notification does not wait for a slow list beyond SUMMARY_WAIT_MS: it goes without.
    const timer = clock.setTimer(listed, SUMMARY_WAIT_MS);
    void listDone.then(() => clock.clearTimer(timer));
    queued++;
    queue = queue.then(() => run(trigger, listed)).finally(() => queued--);
    return listDone;
  }

  /** True when a run may make a call for this trigger now. */
  function callsDue(trigger: EnrichmentInput['trigger']): boolean {
    const todo = todoTasks().map((task) => task.id);
    const plan = planFor(trigger, todo, parts.topics.snapshot('1').fetchedAt);
    return plan.fetchList || plan.fetchDetails.length > 0;
  }

  function availability(taskId: string, inTodo: boolean, feats = features()): ActionAvailability {
    return actionAvailability({ inTodo, item: cache.items[taskId], needsSignature: cache.signature.includes(taskId), actFromApp: deps.settings().approvals.actFromApp, features: feats });
  }

  function fail(kind: string, message: string): Outcome<TaskDetailView> {
    return { ok: false, kind, message };
  }

  function failure(error: unknown): Outcome<TaskDetailView> {
    const words = enrichmentWords(deps.locale());
    if (isApiError(error) && error.kind === 'permission' && error.scope) return fail('missing-scope', words.missingScope(error.scope));
    if (isApiError(error)) return fail(error.kind, error.message);
    return fail('unavailable', words.failed);
  }

  return {
    async load() {
      cache = await port.read();
    },
    saved: () => writes,
    settled: async () => {
      while (queued > 0) await queue;
    },
    todoPolled(result) {
      parts.meter.cycleStarted();
      backlog ??= new Set(result.tasks.map((task) => task.id));
      if (queued === 0 && !callsDue('poll')) {
        // Nothing left to fetch: nothing waits for budget either.
        const waited = waiting.list || waiting.details;
        waiting = { list: false, details: false };
        if (dropGone(result.tasks.map((task) => task.id)) || waited) parts.changed();
        return null;
      }
      return enqueue('poll');
    },
    windowOpened() {
      if (queued === 0 && callsDue('window-open')) void enqueue('window-open');
    },
    decorate(view) {
      if (view.topic !== '1' || !scopes().list) return view;
      const feats = features();
      const showDetails = deps.settings().approvals.showDetails;
      const tasks = view.tasks.map((task) => {
        const item = cache.items[task.id];
        if (!item) return task;
        return { ...task, details: detailsSummary(item, cache.instances[item.instanceCode], availability(task.id, true, feats), showDetails) };
      });
      return { ...view, tasks };
    },
    summaryLine(taskId) {
      const item = cache.items[taskId];
      return item && scopes().list && deps.settings().approvals.showDetails ? summaryLine(item.summaries) : '';
    },
    reviewable(taskId) {
      const feats = features();
      return cache.items[taskId] !== undefined && feats.details.active;
    },
    async getDetail(topic, taskId) {
      const words = enrichmentWords(deps.locale());
      const approvals = session.approvals;
      const feats = features();
      if (!approvals || feats.details.unsupported) return fail('unavailable', words.unavailable);
      if (!deps.settings().approvals.showDetails) return fail('turned-off', words.turnedOff);
      if (feats.details.missingScopes.length > 0) return fail('missing-scope', words.missingScope(feats.details.missingScopes[0]!));
      const task = parts.topics.snapshot(topic).result?.tasks.find((candidate) => candidate.id === taskId);
      if (!task) return fail('not-found', words.notFound);
      if (topic === '3') return fail('unavailable', words.unavailable);
      const listTopic: ApprovalListTopic = topic;
      const inTodo = topic === '1';
      const build = (item: ApprovalItem, instance: InstanceInfo): Outcome<TaskDetailView> => ({
        ok: true,
        value: detailView({ topic, task, item, instance, action: availability(taskId, inTodo), untitled: words.untitled, knownNames: knownNames() }),
      });
      const known = inTodo ? cache.items[taskId] : others.get(taskId)?.item;
      const knownInstance = known && (inTodo ? cache.instances[known.instanceCode] : others.get(taskId)?.instance);
      if (known && knownInstance) return build(known, knownInstance);
      if (parts.meter.spent()) return fail('budget-spent', words.budgetSpent);
      // The scope the call under way needs: a permission error that names none means that one.
      let scopeOfCall: string = APPROVAL_SCOPES.list;
      try {
        let item = known;
        if (!item) {
          // The user asked for this view: a one-off, whatever the enrichment's share has left.
          const list = await timed((signal) => approvals.listTasks({ topic: listTopic, signal })).catch((error: unknown) => {
            parts.meter.recordExtra(1, ONE_OFF);
            throw error;
          });
          parts.meter.recordExtra(list.calls, ONE_OFF);
          if (inTodo) {
            takeTodoList(list, todoTasks().map((candidate) => candidate.id));
            save();
          }
          item = list.items.find((candidate) => candidate.taskId === taskId);
          if (!item) return fail('not-found', words.notInList);
        }
        const code = item.instanceCode;
        scopeOfCall = APPROVAL_SCOPES.detail;
        const instance = await timed((signal) => approvals.instanceDetail(code, signal)).finally(() => parts.meter.recordExtra(1, ONE_OFF));
        if (inTodo) {
          storeDetail(item.instanceCode, instance);
          save();
          parts.changed();
        } else {
          others.delete(taskId);
          others.set(taskId, { item, instance });
          if (others.size > OTHER_TOPIC_CACHE) others.delete(others.keys().next().value!);
        }
        return build(item, instance);
      } catch (error) {
        learn(error, scopeOfCall);
        deps.log.warn('could not read the details of a task', isApiError(error) ? error.toJSON() : String(error));
        return failure(error);
      }
    },
    todoApproval(taskId) {
      const item = cache.items[taskId];
      const inTodo = todoTasks().some((task) => task.id === taskId);
      if (!item || !inTodo) return null;
      return { taskId, instanceCode: item.instanceCode, supportApiOperate: item.supportApiOperate, needsSignature: cache.signature.includes(taskId), action: availability(taskId, true) };
    },
    async detailsFor(taskId) {
      const cached = cache.items[taskId];
      if (cached && todoTasks().some((task) => task.id === taskId)) return { instanceCode: cached.instanceCode, supportApiOperate: cached.supportApiOperate };
      const approvals = session.approvals;
      if (!approvals) return null;
      let list: ApprovalList;
      try {
        list = await timed((signal) => approvals.listTasks({ topic: '1', signal }));
      } catch (error) {
        parts.meter.recordExtra(1, ONE_OFF);
        learn(error, APPROVAL_SCOPES.list);
        throw error;
      }
      // A decision the user made needs it: a one-off, like the decision's own write.
      parts.meter.recordExtra(list.calls, ONE_OFF);
      const todoIds = todoTasks().map((task) => task.id);
      takeTodoList(list, todoIds);
      save();
      const item = list.items.find((candidate) => candidate.taskId === taskId);
      return item ? { instanceCode: item.instanceCode, supportApiOperate: item.supportApiOperate } : null;
    },
    budgetWait: () => waiting,
    markNeedsSignature(taskId) {
      if (cache.signature.includes(taskId)) return;
      cache = { ...cache, signature: [...cache.signature, taskId] };
      save();
      parts.changed();
    },
  };
}

function memoryPort(): StatePort<EnrichmentCache> {
  let value = emptyEnrichmentCache();
  return {
    read: async () => value,
    write: async (next) => {
      value = next;
    },
  };
}
