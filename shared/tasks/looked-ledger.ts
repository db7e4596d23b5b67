import { z } from 'zod';
import { isTopicCode } from './topic';
import type { TopicCode } from './topic';

// Which listed tasks the user has looked at in the window (a row was on screen in the focused
// window for a moment, or the user opened it): the rest are "new", in the list and in the tray's
// "N new" alike. Saved per account next to the seen ledger, so "new" survives a restart.
// Bounded: only ids the topic still lists are kept, and never more than MAX_LOOKED_IDS.

export interface LookedTopic {
  /** False until the topic was first fetched; that first list is the backlog, not news. */
  initialized: boolean;
  ids: string[];
}

export interface LookedState {
  version: 1;
  topics: Partial<Record<TopicCode, LookedTopic>>;
}

/** Per topic; the API lists at most a few thousand tasks, so this only guards a hostile file. */
export const MAX_LOOKED_IDS = 10_000;

export function createLookedState(): LookedState {
  return { version: 1, topics: {} };
}

/**
 * A topic was fetched and lists `listedIds`. The first time, all of them count as looked (what
 * the user finds on first sign-in is not "new"); after that, ids no longer listed are dropped.
 * Returns the same object when nothing changed, so the caller can skip a write.
 */
export function reconcileLooked(state: LookedState, topic: TopicCode, listedIds: readonly string[]): LookedState {
  const previous = state.topics[topic];
  if (!previous?.initialized) return withTopic(state, topic, unique(listedIds));
  const listed = new Set(listedIds);
  const kept = previous.ids.filter((id) => listed.has(id));
  return kept.length === previous.ids.length ? state : withTopic(state, topic, kept);
}

/** The user saw these rows. Ids the topic does not list are ignored (the window is untrusted). */
export function markLooked(state: LookedState, topic: TopicCode, ids: readonly string[], listedIds: readonly string[]): LookedState {
  const current = state.topics[topic];
  if (!current) return state;
  const listed = new Set(listedIds);
  const known = new Set(current.ids);
  const added = ids.filter((id) => listed.has(id) && !known.has(id) && (known.add(id), true));
  return added.length === 0 ? state : withTopic(state, topic, [...current.ids, ...added]);
}

export function hasLooked(state: LookedState, topic: TopicCode, taskId: string): boolean {
  return state.topics[topic]?.ids.includes(taskId) ?? false;
}

/** A lookup for many rows at once (a topic view of thousands of tasks). */
export function lookedSet(state: LookedState, topic: TopicCode): ReadonlySet<string> {
  return new Set(state.topics[topic]?.ids ?? []);
}

function withTopic(state: LookedState, topic: TopicCode, ids: string[]): LookedState {
  return { version: 1, topics: { ...state.topics, [topic]: { initialized: true, ids: ids.slice(-MAX_LOOKED_IDS) } } };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

const lookedStateSchema = z.object({
  version: z.literal(1),
  topics: z.record(z.string(), z.object({ initialized: z.boolean(), ids: z.array(z.string().min(1).max(200)) })),
});

/** Strict: throws on anything that is not a LookedState (json-state-file then keeps a backup). */
export function parseLookedState(input: unknown): LookedState {
  const parsed = lookedStateSchema.parse(input);
  const topics: Partial<Record<TopicCode, LookedTopic>> = {};
  for (const [key, value] of Object.entries(parsed.topics)) {
    if (isTopicCode(key)) topics[key] = { initialized: value.initialized, ids: unique(value.ids).slice(-MAX_LOOKED_IDS) };
  }
  return { version: 1, topics };
}
