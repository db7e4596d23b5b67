import type { Task } from './task';
import { TOPIC_CODES, type TopicCode } from './topic';

// What changed between two snapshots. A task is identified by (topic, id): ids are unique only
// within a topic. Nested maps avoid building a composite key string per task.

export interface TaskDiff {
  /** In `next` but not in `previous`. Empty on the first snapshot: a backlog is not news. */
  added: Task[];
  /** In `previous` but gone from `next`. */
  removed: Task[];
  /** Tasks of `next` that were already in `previous` (all of `next` on the first snapshot). */
  unchanged: number;
  firstSnapshot: boolean;
}

type TaskIndex = Map<TopicCode, Set<string>>;

function indexTasks(tasks: readonly Task[]): TaskIndex {
  const index: TaskIndex = new Map();
  for (const task of tasks) {
    let ids = index.get(task.topic);
    if (ids === undefined) {
      ids = new Set();
      index.set(task.topic, ids);
    }
    ids.add(task.id);
  }
  return index;
}

function has(index: TaskIndex, task: Task): boolean {
  return index.get(task.topic)?.has(task.id) === true;
}

export function diffTasks(previous: readonly Task[] | null, next: readonly Task[]): TaskDiff {
  if (previous === null) return { added: [], removed: [], unchanged: next.length, firstSnapshot: true };
  const before = indexTasks(previous);
  const after: TaskIndex = new Map();
  const added: Task[] = [];
  const removed: Task[] = [];
  let unchanged = 0;
  for (const task of next) {
    let ids = after.get(task.topic);
    if (ids === undefined) {
      ids = new Set();
      after.set(task.topic, ids);
    }
    // A duplicate in `next` counts once.
    if (ids.has(task.id)) continue;
    ids.add(task.id);
    if (has(before, task)) unchanged++;
    else added.push(task);
  }
  for (const task of previous) {
    if (!has(after, task)) removed.push(task);
  }
  return { added, removed, unchanged, firstSnapshot: false };
}

/** How many tasks each topic holds (every topic present, zero when empty). */
export function countTasks(tasks: readonly Task[]): Record<TopicCode, number> {
  const counts = Object.fromEntries(TOPIC_CODES.map((code) => [code, 0])) as Record<TopicCode, number>;
  for (const task of tasks) counts[task.topic]++;
  return counts;
}
