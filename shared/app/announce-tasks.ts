import { planNotifications } from '../notify/notification-plan';
import type { PlannedNotification } from '../notify/notification-plan';
import type { Settings } from '../settings/settings';
import type { Observation } from '../tasks/seen-ledger';
import type { Task } from '../tasks/task';
import type { TopicCode } from '../tasks/topic';

// Which notifications one topic's fresh observation produces. To-do always may notify; unread
// CC only when the user watches it. A first observation is the backlog: one summary at most.

export const NOTIFYING_TOPICS: readonly TopicCode[] = ['1', '17'];

export function announcementsFor(input: {
  topic: TopicCode;
  observation: Observation;
  tasks: readonly Task[];
  settings: Settings;
  now: number;
  utcOffsetMinutes: number;
  locale: 'zh' | 'en';
}): PlannedNotification[] {
  const { topic, observation, settings } = input;
  if (topic === '17' && !settings.watchCcUnread) return [];
  if (topic !== '1' && topic !== '17') return [];
  const firstRun = observation.backlog !== null;
  const announced = firstRun ? input.tasks : observation.newTasks;
  const none: readonly Task[] = [];
  return planNotifications({
    newTasks: topic === '1' ? { todo: announced, ccUnread: none } : { todo: none, ccUnread: announced },
    firstRun,
    settings,
    now: input.now,
    utcOffsetMinutes: input.utcOffsetMinutes,
    locale: input.locale,
  });
}
