import { planWithQuietHours, type HeldTasks, type QuietPlan } from '../notify/quiet-digest';
import type { Settings } from '../settings/settings';
import type { Observation } from '../tasks/seen-ledger';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';

// Which notifications one topic's fresh observation produces. To-do always may notify; unread
// CC only when the user watches it. A first observation is the backlog: one summary at most.
// What arrives during quiet hours is held and told as one digest when they end.

export const NOTIFYING_TOPICS: readonly TopicCode[] = ['1', '17'];

export function announcementsFor(input: {
  topic: TopicCode;
  observation: Observation;
  tasks: readonly Task[];
  settings: Settings;
  now: number;
  utcOffsetMinutes: number;
  locale: 'zh' | 'en';
  /** What earlier quiet cycles held back for the digest. */
  held: HeldTasks;
}): QuietPlan {
  const { topic, observation, settings, held } = input;
  if (topic === '17' && !settings.watchCcUnread) return { notifications: [], held };
  if (topic !== '1' && topic !== '17') return { notifications: [], held };
  const firstRun = observation.backlog !== null;
  const announced = firstRun ? input.tasks : observation.newTasks;
  const none: readonly Task[] = [];
  // A held task of this topic that is gone from its fresh list was handled meanwhile.
  const current = new Set(input.tasks.map((task) => task.id));
  const stillWaiting = (task: Task) => task.topic !== topic || current.has(task.id);
  return planWithQuietHours(
    {
      newTasks: topic === '1' ? { todo: announced, ccUnread: none } : { todo: none, ccUnread: announced },
      firstRun,
      settings,
      now: input.now,
      utcOffsetMinutes: input.utcOffsetMinutes,
      locale: input.locale,
    },
    held,
    stillWaiting,
  );
}
