import type { ApprovalItem } from './approval-types';

// Which enrichment calls a cycle makes, within the monthly call budget (issue #11):
// - GET /tasks only when a poll finds to-do tasks the last list did not cover, or when the
//   window opens on a poll newer than the last list and something is still not covered;
// - GET /instances/detail once per to-do (cached by instance code), at most a few per cycle,
//   dropped when its task leaves the to-do list.
// Pure: the core calls planEnrichment, makes the list call, applies it, plans again (now with
// instance codes known) and makes the detail calls. The state is plain JSON for the state dir.

export interface EnrichmentState {
  /** When GET /tasks last answered, null never. */
  listFetchedAt: number | null;
  /** To-do task ids the lists so far have covered (asked for, whether or not they came back). */
  coveredTaskIds: string[];
  /** instance_code per to-do task id, from the list. */
  instanceByTask: Record<string, string>;
  /** Instance codes with a cached detail (or a permanent failure), and when. */
  details: Record<string, number>;
}

export interface EnrichmentInput {
  trigger: 'poll' | 'window-open';
  /** The to-do task ids of the latest poll, in display order. */
  todoTaskIds: readonly string[];
  /** When that poll answered. */
  polledAt: number;
  state: EnrichmentState;
  /** Which parts the sign-in's scopes allow (approval:task:read, approval:instance:read). */
  scopes: { list: boolean; detail: boolean };
  /** Detail calls per cycle; default 3. */
  maxDetailsPerCycle?: number;
}

export interface EnrichmentPlan {
  fetchList: boolean;
  /** Instance codes to fetch now, in to-do order. */
  fetchDetails: string[];
  /** Cached instance codes whose task left the to-do list. */
  dropDetails: string[];
}

export const DEFAULT_DETAILS_PER_CYCLE = 3;

export function emptyEnrichmentState(): EnrichmentState {
  return { listFetchedAt: null, coveredTaskIds: [], instanceByTask: {}, details: {} };
}

export function planEnrichment(input: EnrichmentInput): EnrichmentPlan {
  const { state, todoTaskIds, scopes } = input;
  const covered = new Set(state.coveredTaskIds);
  const uncovered = todoTaskIds.some((id) => !covered.has(id));
  const listIsOlder = state.listFetchedAt === null || state.listFetchedAt < input.polledAt;
  const fetchList = scopes.list && uncovered && (input.trigger === 'poll' || listIsOlder);

  const todoCodes = new Set<string>();
  const fetchDetails: string[] = [];
  const cap = Math.max(0, Math.floor(input.maxDetailsPerCycle ?? DEFAULT_DETAILS_PER_CYCLE));
  for (const id of todoTaskIds) {
    const code = state.instanceByTask[id];
    if (code === undefined) continue;
    todoCodes.add(code);
    if (scopes.detail && fetchDetails.length < cap && state.details[code] === undefined && !fetchDetails.includes(code)) fetchDetails.push(code);
  }
  const dropDetails = Object.keys(state.details).filter((code) => !todoCodes.has(code));
  return { fetchList, fetchDetails, dropDetails };
}

/** The state after a GET /tasks?topic=1 answered: every to-do asked about counts as covered. */
export function applyList(state: EnrichmentState, input: { items: readonly ApprovalItem[]; todoTaskIds: readonly string[]; at: number }): EnrichmentState {
  const todo = new Set(input.todoTaskIds);
  const instanceByTask: Record<string, string> = {};
  for (const [id, code] of Object.entries(state.instanceByTask)) if (todo.has(id)) instanceByTask[id] = code;
  for (const item of input.items) if (todo.has(item.taskId)) instanceByTask[item.taskId] = item.instanceCode;
  return { ...state, listFetchedAt: input.at, coveredTaskIds: [...todo], instanceByTask };
}

/** A detail answered (or failed for good, e.g. 1390003): never asked again while its task is to-do. */
export function applyDetail(state: EnrichmentState, instanceCode: string, at: number): EnrichmentState {
  return { ...state, details: { ...state.details, [instanceCode]: at } };
}

/** Forget what the plan dropped, and to-do ids that are gone (a task coming back is new again). */
export function applyDrops(state: EnrichmentState, plan: EnrichmentPlan, todoTaskIds: readonly string[]): EnrichmentState {
  const todo = new Set(todoTaskIds);
  const details = { ...state.details };
  for (const code of plan.dropDetails) delete details[code];
  const instanceByTask = Object.fromEntries(Object.entries(state.instanceByTask).filter(([id]) => todo.has(id)));
  return { ...state, details, instanceByTask, coveredTaskIds: state.coveredTaskIds.filter((id) => todo.has(id)) };
}

/** API calls a plan costs at least (a list of more than 100 to-dos takes a page per 100). */
export function plannedCalls(plan: EnrichmentPlan): number {
  return (plan.fetchList ? 1 : 0) + plan.fetchDetails.length;
}
