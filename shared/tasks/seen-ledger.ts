import { z } from 'zod';
import type { Task } from './task';
import { isTopicCode } from './topic';
import type { TopicCode } from './topic';

// Which tasks the user has already been told about, and when each was first seen. Survives a
// restart (stored with json-state-file), so tasks that arrived while the app was closed are
// announced once and old ones never again. The first look at a topic is a backlog, not news.

export interface SeenTopic {
  initialized: boolean;
  /** task id → epoch ms when the app first saw it. Only tasks still listed are kept. */
  firstSeen: Record<string, number>;
}

export interface SeenState {
  version: 1;
  topics: Partial<Record<TopicCode, SeenTopic>>;
}

export interface Observation {
  state: SeenState;
  /** Tasks not seen before, in the order the API listed them. Empty on a first observation. */
  newTasks: Task[];
  /** On the first observation of a topic: how many tasks were already there; otherwise null. */
  backlog: number | null;
  /** Ids seen before and no longer listed (done elsewhere, withdrawn…); dropped from state. */
  gone: string[];
}

export function createSeenState(): SeenState {
  return { version: 1, topics: {} };
}

export function observeTasks(state: SeenState, topic: TopicCode, tasks: readonly Task[], now: number): Observation {
  const previous = state.topics[topic];
  const known = previous?.firstSeen ?? {};
  // A Map, not an object literal, so an id like "__proto__" is just a key.
  const seen = new Map<string, number>();
  const newTasks: Task[] = [];
  for (const task of tasks) {
    if (seen.has(task.id)) continue; // listed twice: count it once
    const seenAt = Object.hasOwn(known, task.id) ? known[task.id] : undefined;
    seen.set(task.id, seenAt ?? now);
    if (seenAt === undefined) newTasks.push(task);
  }
  const gone = Object.keys(known).filter((id) => !seen.has(id));
  const next: SeenState = {
    version: 1,
    topics: { ...state.topics, [topic]: { initialized: true, firstSeen: Object.fromEntries(seen) } },
  };
  if (!previous?.initialized) {
    return { state: next, newTasks: [], backlog: seen.size, gone: [] };
  }
  return { state: next, newTasks, backlog: null, gone };
}

export function firstSeenAt(state: SeenState, topic: TopicCode, taskId: string): number | undefined {
  const firstSeen = state.topics[topic]?.firstSeen;
  return firstSeen && Object.hasOwn(firstSeen, taskId) ? firstSeen[taskId] : undefined;
}

const seenTopicSchema = z.object({
  initialized: z.boolean(),
  firstSeen: z.record(z.string().min(1), z.number().finite()),
});

const seenStateSchema = z.object({
  version: z.literal(1),
  topics: z.record(z.string(), seenTopicSchema),
});

/** Strict: throws on anything that is not a SeenState (json-state-file then keeps a backup). */
export function parseSeenState(input: unknown): SeenState {
  const parsed = seenStateSchema.parse(input);
  const topics: Partial<Record<TopicCode, SeenTopic>> = {};
  for (const [key, value] of Object.entries(parsed.topics)) {
    if (isTopicCode(key)) topics[key] = value; // a topic this version does not know is dropped
  }
  return { version: 1, topics };
}

/** Lenient: a bad value gives a fresh state (everything becomes backlog again), never a crash. */
export function readSeenState(input: unknown): SeenState {
  try {
    return parseSeenState(input);
  } catch {
    return createSeenState();
  }
}
