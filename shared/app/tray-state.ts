import type { LookedState } from '../tasks/looked-ledger';
import { firstSeenAt } from '../tasks/seen-ledger';
import type { SeenState } from '../tasks/seen-ledger';
import type { PollerStatus } from '../poller/poller-status';
import { presentTray } from '../tray/tray-presentation';
import type { TrayPresentation } from '../tray/tray-presentation';
import { MENU_TASK_LIMIT } from '../tray/tray-presentation';
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
}): TrayPresentation {
  const todo = snapshotOf(input.snapshots, '1');
  const tasks = todo.result?.tasks ?? [];
  const newest = tasks
    .map((task, order) => ({ task, order, seenAt: firstSeenAt(input.seen, '1', task.id) ?? 0 }))
    .sort((a, b) => b.seenAt - a.seenAt || a.order - b.order)
    .slice(0, MENU_TASK_LIMIT)
    .map((entry) => entry.task);
  return presentTray({
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
}
