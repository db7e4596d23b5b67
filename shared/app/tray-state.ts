import type { LookedState } from '../tasks/looked-ledger';
import { firstSeenAt } from '../tasks/seen-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { PollerStatus } from '../poller/poller-status';
import { presentTray } from '../tray/tray-presentation';
import type { TrayPresentation } from '../tray/tray-presentation';
import { MENU_TASK_LIMIT, TOOLTIP_MAX } from '../tray/tray-presentation';
import { taskTitle } from '../tasks/task-title';
import type { AppSession } from './app-core-types';
import { notLookedCount } from './task-views';
import { countOf, snapshotOf } from './topic-snapshots';
import type { TopicSnapshots } from './topic-snapshots';

// The tray's input, gathered from the core's state: the to-do count, the newest to-do tasks
// (the API gives no times, so "newest" is "first seen most recently", API order breaking ties).
export function presentTrayFor(input: {
  snapshots: TopicSnapshots;
  seen: SeenState;
  looked: LookedState;
  status: PollerStatus;
  session: Pick<AppSession, 'demo' | 'account'>;
  now: number;
  utcOffsetMinutes: number;
  locale: 'zh' | 'en';
  /** A to-do's summary line (issue #11 details), empty when unknown: the tooltip's second line. */
  summaryLine?: (taskId: string) => string;
}): TrayPresentation {
  const todo = snapshotOf(input.snapshots, '1');
  const tasks = todo.result?.tasks ?? [];
  const newest = tasks
    .map((task, order) => ({ task, order, seenAt: firstSeenAt(input.seen, '1', task.id) ?? 0 }))
    .sort((a, b) => b.seenAt - a.seenAt || a.order - b.order)
    .slice(0, MENU_TASK_LIMIT)
    .map((entry) => entry.task);
  const presentation = presentTray({
    poller: input.status,
    todoCount: countOf(todo),
    newestTodo: newest,
    newCount: notLookedCount('1', tasks, input.looked),
    account: { configured: input.session.account !== null, needsSignIn: input.session.account?.needsSignIn ?? false },
    demo: input.session.demo,
    now: input.now,
    utcOffsetMinutes: input.utcOffsetMinutes,
    locale: input.locale,
  });
  // The newest to-do with a summary says what it asks for, under the count line.
  const withLine = input.summaryLine ? newest.map((task) => ({ task, line: input.summaryLine!(task.id) })).find((entry) => entry.line) : undefined;
  if (!withLine || presentation.iconState === 'signin') return presentation;
  const title = cut(taskTitle(withLine.task, ''), 30);
  return { ...presentation, tooltip: cut(`${presentation.tooltip}\n${title ? `${title}: ` : ''}${withLine.line}`, TOOLTIP_MAX) };
}

/** Cuts to `max` characters (code points), ending with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
