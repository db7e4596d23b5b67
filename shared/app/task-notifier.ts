import type { TopicResult } from '../feishu/tasks-client';
import type { PlannedNotification } from '../notify/notification-plan';
import { NOTHING_HELD, type HeldTasks } from '../notify/quiet-digest';
import type { Observation } from '../tasks/seen-ledger';
import type { TopicCode } from '../tasks/topic';
import type { AppCoreDeps } from './app-core-types';
import type { NotificationAction } from './app-ports';
import { announcementsFor } from './announce-tasks';
import { enrichmentWords } from './enrichment-words';
import type { LinkOpener } from './link-opener';

// Shows the notifications a fresh observation calls for, and does what a click on one means:
// open the task's approved link, or show the window at the task when it has none.
// A single new to-do also carries its summary line and, when its details are known, the
// buttons Open and Review (issue #11): Review shows the window on the task's detail view.

export interface TaskNotifier {
  announce(result: TopicResult, observation: Observation, now: number): void;
}

/** What the details enrichment adds to a to-do's notification (task-enrichment.ts). */
export interface NotificationDetails {
  /** "key: value · …", empty when unknown. */
  summaryLine(taskId: string): string;
  /** True when the detail view can show this to-do (Review makes sense). */
  reviewable(taskId: string): boolean;
}

type NotifierDeps = Pick<AppCoreDeps, 'settings' | 'locale' | 'utcOffsetMinutes' | 'notifier' | 'window' | 'renderer'>;

const NO_DETAILS: NotificationDetails = { summaryLine: () => '', reviewable: () => false };

/** `opened` hears of a task the user opened from a notification: that counts as having seen it. */
export function createTaskNotifier(deps: NotifierDeps, opener: LinkOpener, opened: (topic: TopicCode, taskId: string) => void, details: NotificationDetails = NO_DETAILS): TaskNotifier {
  // What quiet hours held back, for the digest when they end (kept for this run of the app).
  let held: HeldTasks = NOTHING_HELD;
  function show(planned: PlannedNotification, topic: TopicCode) {
    const todoTask = topic === '1' ? planned.taskId : undefined;
    const line = todoTask ? details.summaryLine(todoTask) : '';
    const body = line ? (planned.body ? `${planned.body}\n${line}` : line) : planned.body;
    const words = enrichmentWords(deps.locale());
    const actions: NotificationAction[] | undefined =
      todoTask && details.reviewable(todoTask) ? [{ id: 'open', label: words.open }, { id: 'review', label: words.review }] : undefined;
    const click = () => {
      if (planned.url) {
        if (planned.taskId) opened(topic, planned.taskId);
        return void opener.open(planned.url);
      }
      deps.window.show();
      if (planned.taskId) deps.renderer.send('nav:show-task', { topic, taskId: planned.taskId });
    };
    const action = (id: NotificationAction['id']) => {
      if (id !== 'review' || !todoTask) return click();
      // Review never approves: it only shows the detail view, where the user decides.
      deps.window.show();
      deps.renderer.send('nav:show-task', { topic, taskId: todoTask, view: 'detail' });
    };
    deps.notifier.show({ title: planned.title, body, silent: planned.silent, ...(actions ? { actions } : {}) }, click, action);
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
