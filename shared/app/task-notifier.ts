import type { TopicResult } from '../feishu/tasks-client';
import type { PlannedNotification } from '../notify/notification-plan';
import { NOTHING_HELD, type HeldTasks } from '../notify/quiet-digest';
import type { Observation } from '../tasks/seen-ledger';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import { announcementsFor } from './announce-tasks';
import type { LinkOpener } from './link-opener';

// Shows the notifications a fresh observation calls for, and does what a click on one means:
// open the task's approved link, or show the window at the task when it has none.

export interface TaskNotifier {
  announce(result: TopicResult, observation: Observation, now: number): void;
}

type NotifierDeps = Pick<AppCoreDeps, 'settings' | 'locale' | 'utcOffsetMinutes' | 'notifier' | 'window' | 'renderer'>;

/** `opened` hears of a task the user opened from a notification: that counts as having seen it. */
export function createTaskNotifier(deps: NotifierDeps, opener: LinkOpener, opened: (topic: TopicCode, taskId: string) => void): TaskNotifier {
  // What quiet hours held back, for the digest when they end (kept for this run of the app).
  let held: HeldTasks = NOTHING_HELD;
  function show(planned: PlannedNotification, topic: TopicCode) {
    deps.notifier.show({ title: planned.title, body: planned.body, silent: planned.silent }, () => {
      if (planned.url) {
        if (planned.taskId) opened(topic, planned.taskId);
        return void opener.open(planned.url);
      }
      deps.window.show();
      if (planned.taskId) deps.renderer.send('nav:show-task', { topic, taskId: planned.taskId });
    });
  }

  return {
    announce(result, observation, now) {
      const plan = announcementsFor({
        topic: result.topic,
        observation,
        tasks: result.tasks,
        settings: deps.settings(),
        now,
        utcOffsetMinutes: deps.utcOffsetMinutes(),
        locale: deps.locale(),
        held,
      });
      held = plan.held;
      for (const notification of plan.notifications) show(notification, result.topic);
    },
  };
}
