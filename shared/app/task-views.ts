import type { TaskView, TopicView } from '../ipc/view-types';
import { taskLink } from '../links/url-policy';
import { firstSeenAt } from '../tasks/seen-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';
import { countOf } from './topic-snapshots';
import type { TopicSnapshot } from './topic-snapshots';

// What the window is sent for a topic: the tasks plus what the app knows beyond the API (when
// it first saw each one, whether it is new since the user last looked, which links are safe).

export function toTaskView(task: Task, seenAt: number, lastLookedAt: number): TaskView {
  return {
    ...task,
    firstSeenAt: seenAt,
    isNew: seenAt > lastLookedAt,
    openable: {
      pc: taskLink(task, 'pc') !== null,
      mobile: taskLink(task, 'mobile') !== null,
      helpdesk: taskLink(task, 'helpdesk') !== null,
    },
  };
}

export function toTopicView(topic: TopicCode, snapshot: TopicSnapshot, seen: SeenState, lastLookedAt: number, now: number): TopicView {
  const tasks = snapshot.result?.tasks ?? [];
  return {
    topic,
    tasks: tasks.map((task) => toTaskView(task, firstSeenAt(seen, topic, task.id) ?? now, lastLookedAt)),
    count: countOf(snapshot),
    fetchedAt: snapshot.fetchedAt,
    error: snapshot.error,
    loading: snapshot.loading,
  };
}

/** How many of the topic's tasks arrived since the user last looked. */
export function newSince(topic: TopicCode, tasks: readonly Task[], seen: SeenState, lastLookedAt: number): number {
  let count = 0;
  for (const task of tasks) if ((firstSeenAt(seen, topic, task.id) ?? 0) > lastLookedAt) count++;
  return count;
}
