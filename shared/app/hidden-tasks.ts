import type { TopicCode } from '../tasks/topic';
import type { TopicSnapshots } from './topic-snapshots';

// The to-do list as the user should see it while decisions are pending: a task the user just
// approved or rejected leaves the list, the tray's count and the badge at once (decision-queue.ts),
// before the API has said anything. Only what is shown changes; the fetched result stays as it
// was (the seen and looked ledgers, the notifier and the link opener read that).

export function withoutHidden(snapshots: TopicSnapshots, topic: TopicCode, hidden: ReadonlySet<string>): TopicSnapshots {
  const snapshot = snapshots[topic];
  const result = snapshot?.result;
  if (!snapshot || !result || hidden.size === 0) return snapshots;
  const tasks = result.tasks.filter((task) => !hidden.has(task.id));
  const removed = result.tasks.length - tasks.length;
  if (removed === 0) return snapshots;
  // The API's total counts the hidden ones too; a capped total is a lower bound and stays.
  const total = result.total === null || result.capped ? result.total : Math.max(0, result.total - removed);
  return { ...snapshots, [topic]: { ...snapshot, result: { ...result, tasks, total } } };
}
