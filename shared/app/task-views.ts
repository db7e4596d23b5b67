import type { TaskView, TopicView } from '../ipc/view-types';
import { taskLink } from '../links/url-policy';
import { lookedSet } from '../tasks/looked-ledger';
import type { LookedState } from '../tasks/looked-ledger';
import { firstSeenAt } from '../tasks/seen-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';
import { countOf } from './topic-snapshots';
import type { TopicSnapshot } from './topic-snapshots';

// What the window is sent for a topic: the tasks plus what the app knows beyond the API (when
// it first saw each one, whether the user has not looked at its row yet, which links are safe).

export function toTaskView(task: Task, seenAt: number, isNew: boolean): TaskView {
  return {
    ...task,
    firstSeenAt: seenAt,
    isNew,
    openable: {
      pc: taskLink(task, 'pc') !== null,
      mobile: taskLink(task, 'mobile') !== null,
      helpdesk: taskLink(task, 'helpdesk') !== null,
    },
  };
}

export function toTopicView(topic: TopicCode, snapshot: TopicSnapshot, seen: SeenState, looked: LookedState, now: number): TopicView {
  const tasks = snapshot.result?.tasks ?? [];
  const lookedAt = lookedSet(looked, topic);
  return {
    topic,
    tasks: tasks.map((task) => toTaskView(task, firstSeenAt(seen, topic, task.id) ?? now, !lookedAt.has(task.id))),
    count: countOf(snapshot),
    fetchedAt: snapshot.fetchedAt,
    error: snapshot.error,
    loading: snapshot.loading,
  };
}

/** How many of the topic's tasks the user has not looked at yet (the tray's "N new"). */
export function notLookedCount(topic: TopicCode, tasks: readonly Task[], looked: LookedState): number {
  const lookedAt = lookedSet(looked, topic);
  return new Set(tasks.map((task) => task.id).filter((id) => !lookedAt.has(id))).size;
}
