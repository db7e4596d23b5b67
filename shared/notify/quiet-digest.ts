import type { Task } from '../tasks/task';
import { planNotifications, summary, type NotificationInput, type PlannedNotification } from './notification-plan';
import { NOTIFY_STRINGS } from './notify-strings';
import { isQuietTime } from './quiet-hours';

// Quiet hours hold notifications back; they must not swallow them. What arrives while it is
// quiet is kept (the caller persists it with the seen ledger) and told as ONE digest at the
// first cycle after quiet hours end, followed by whatever is new in that cycle itself.

export interface HeldTasks {
  todo: readonly Task[];
  ccUnread: readonly Task[];
}

export const NOTHING_HELD: HeldTasks = { todo: [], ccUnread: [] };

export interface QuietPlan {
  notifications: PlannedNotification[];
  /** What to keep for the digest: grows while quiet, empty again once the digest is out. */
  held: HeldTasks;
}

/** Adds tasks by id, keeping the first copy: a task seen on two quiet cycles is told once. */
function merge(into: readonly Task[], more: readonly Task[]): Task[] {
  const ids = new Set(into.map((task) => task.id));
  return [...into, ...more.filter((task) => !ids.has(task.id))];
}

/**
 * Plans one cycle's notifications with quiet hours in mind. `held` is what earlier quiet cycles
 * kept; `stillWaiting` drops held tasks the user already handled in Feishu meanwhile.
 */
export function planWithQuietHours(input: NotificationInput, held: HeldTasks, stillWaiting: (task: Task) => boolean = () => true): QuietPlan {
  const prefs = input.settings.notifications;
  const wanted = { todo: prefs.todo ? input.newTasks.todo : [], ccUnread: prefs.ccUnread ? input.newTasks.ccUnread : [] };
  if (isQuietTime(prefs.quietHours, input.now, input.utcOffsetMinutes)) {
    // The first cycle's backlog is a summary of what exists, not news: nothing to hold.
    if (input.firstRun) return { notifications: [], held };
    return { notifications: [], held: { todo: merge(held.todo, wanted.todo), ccUnread: merge(held.ccUnread, wanted.ccUnread) } };
  }
  const todo = held.todo.filter(stillWaiting);
  const cc = held.ccUnread.filter(stillWaiting);
  const heldIds = new Set([...todo, ...cc].map((task) => task.id));
  const fresh = planNotifications({
    ...input,
    newTasks: { todo: input.newTasks.todo.filter((task) => !heldIds.has(task.id)), ccUnread: input.newTasks.ccUnread.filter((task) => !heldIds.has(task.id)) },
  });
  if (todo.length + cc.length === 0) return { notifications: fresh, held: NOTHING_HELD };
  const t = NOTIFY_STRINGS[input.locale];
  const digest = summary(t.quietDigestTitle(todo.length, cc.length), [...todo, ...cc], todo.length + cc.length, t, !prefs.sound);
  return { notifications: [digest, ...fresh], held: NOTHING_HELD };
}
