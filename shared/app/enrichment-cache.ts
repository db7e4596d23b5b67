import type { ApprovalItem, InstanceInfo } from '../approval/approval-types';
import { emptyEnrichmentState } from '../approval/enrichment-planner';
import type { EnrichmentState } from '../approval/enrichment-planner';

// What the details enrichment (issue #11) keeps between polls and restarts, per account, in the
// state dir (`enrichment-<owner>.json`; the demo keeps it in memory): the planner's state, the
// GET /tasks item of each to-do task, the instances/detail answer of each to-do instance, and
// the to-dos a decision found to need a handwritten signature. Only to-do tasks are kept: all of
// it is dropped when its task leaves the to-do list, so the file stays as small as the list.

export interface EnrichmentCache {
  version: 1;
  plan: EnrichmentState;
  /** GET /tasks?topic=1 items by task id. */
  items: Record<string, ApprovalItem>;
  /** instances/detail answers by instance code. */
  instances: Record<string, InstanceInfo>;
  /** To-do task ids a pass/refuse answered 1390018 for (the list cannot tell in advance). */
  signature: string[];
}

export function emptyEnrichmentCache(): EnrichmentCache {
  return { version: 1, plan: emptyEnrichmentState(), items: {}, instances: {}, signature: [] };
}

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => value !== null && typeof value === 'object' && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter(isString) : []);

/**
 * Reads a saved cache. It is the app's own file, so this checks the shape the views rely on and
 * drops entries that do not have it rather than trusting them; a file that is not a cache at all
 * throws (the state file then keeps it aside and starts empty: it is only a cache).
 */
export function parseEnrichmentCache(input: unknown): EnrichmentCache {
  if (!isObject(input) || input.version !== 1 || !isObject(input.plan)) throw new Error('not an enrichment cache');
  const plan = input.plan;
  const listFetchedAt = typeof plan.listFetchedAt === 'number' && Number.isFinite(plan.listFetchedAt) ? plan.listFetchedAt : null;
  const instanceByTask: Record<string, string> = {};
  for (const [id, code] of Object.entries(isObject(plan.instanceByTask) ? plan.instanceByTask : {})) if (isString(code)) instanceByTask[id] = code;
  const details: Record<string, number> = {};
  for (const [code, at] of Object.entries(isObject(plan.details) ? plan.details : {})) if (typeof at === 'number' && Number.isFinite(at)) details[code] = at;

  const items: Record<string, ApprovalItem> = {};
  for (const [id, item] of Object.entries(isObject(input.items) ? input.items : {})) {
    if (isObject(item) && item.taskId === id && isString(item.instanceCode) && Array.isArray(item.summaries)) items[id] = item as unknown as ApprovalItem;
  }
  const instances: Record<string, InstanceInfo> = {};
  for (const [code, info] of Object.entries(isObject(input.instances) ? input.instances : {})) {
    if (isObject(info) && info.instanceCode === code && Array.isArray(info.tasks) && Array.isArray(info.timeline) && isObject(info.form)) instances[code] = info as unknown as InstanceInfo;
  }
  return {
    version: 1,
    plan: { listFetchedAt, coveredTaskIds: strings(plan.coveredTaskIds), instanceByTask, details },
    items,
    instances,
    signature: strings(input.signature),
  };
}

/** Keeps only what belongs to the to-do tasks `todo` lists (and their instances). */
export function keepTodo(cache: EnrichmentCache, todo: ReadonlySet<string>): EnrichmentCache {
  const items = Object.fromEntries(Object.entries(cache.items).filter(([id]) => todo.has(id)));
  const codes = new Set(Object.values(cache.plan.instanceByTask));
  for (const item of Object.values(items)) codes.add(item.instanceCode);
  const instances = Object.fromEntries(Object.entries(cache.instances).filter(([code]) => codes.has(code) && cache.plan.details[code] !== undefined));
  return { ...cache, items, instances, signature: cache.signature.filter((id) => todo.has(id)) };
}
