import { taskLink } from '../links/url-policy';
import type { Settings } from '../settings/settings';
import type { Task } from '../tasks/task';
import { taskTitle } from '../tasks/task-title';
import { NOTIFY_STRINGS } from './notify-strings';
import type { NotifyLocale, NotifyStrings } from './notify-strings';
import { isQuietTime } from './quiet-hours';

// Which native notifications one poll cycle produces. The caller passes only tasks not yet
// notified (the seen ledger decides that); this decides how to tell the user without a flood.

/** More new tasks than this in one cycle become one grouped notification. */
export const GROUP_THRESHOLD = 3;
const LISTED_TITLES = 3;

export interface PlannedNotification {
  title: string;
  body: string;
  /** Set for a single task; a click then opens `url`, or the window at this task. */
  taskId?: string;
  /** Policy-approved `pc` link; null opens the window (at `taskId` when set). */
  url: string | null;
  silent: boolean;
}

export interface NotificationInput {
  newTasks: { todo: readonly Task[]; ccUnread: readonly Task[] };
  /** First cycle after sign-in: everything is backlog, reported as one summary. */
  firstRun: boolean;
  /** Full counts for the summary when the fetched lists are only the first page. */
  backlogCounts?: { todo?: number; ccUnread?: number };
  settings: Pick<Settings, 'notifications'>;
  now: number;
  utcOffsetMinutes: number;
  locale: NotifyLocale;
}

export function planNotifications(input: NotificationInput): PlannedNotification[] {
  const prefs = input.settings.notifications;
  if (isQuietTime(prefs.quietHours, input.now, input.utcOffsetMinutes)) return [];
  const todo = prefs.todo ? input.newTasks.todo : [];
  const cc = prefs.ccUnread ? input.newTasks.ccUnread : [];
  if (todo.length + cc.length === 0) return [];
  const t = NOTIFY_STRINGS[input.locale];
  const silent = !prefs.sound;
  if (input.firstRun) {
    const todoCount = prefs.todo ? Math.max(todo.length, input.backlogCounts?.todo ?? 0) : 0;
    const ccCount = prefs.ccUnread ? Math.max(cc.length, input.backlogCounts?.ccUnread ?? 0) : 0;
    return [summary(t.backlogTitle(todoCount, ccCount), [...todo, ...cc], todoCount + ccCount, t, silent)];
  }
  if (todo.length + cc.length > GROUP_THRESHOLD) {
    return [summary(t.groupedTitle(todo.length, cc.length), [...todo, ...cc], todo.length + cc.length, t, silent)];
  }
  return [...todo.map((task) => single(task, '', t, silent)), ...cc.map((task) => single(task, t.ccPrefix, t, silent))];
}

function single(task: Task, prefix: string, t: NotifyStrings, silent: boolean): PlannedNotification {
  const names = task.initiators.map((person) => person.name.trim()).filter(Boolean).join(', ');
  const body = [task.definition.name.trim(), names && t.from(names)].filter(Boolean).join(' · ');
  return { title: prefix + titleOf(task, t), body, taskId: task.id, url: taskLink(task, 'pc'), silent };
}

/** One notification standing for many: a click opens the window, not any one task. */
export function summary(title: string, tasks: readonly Task[], total: number, t: NotifyStrings, silent: boolean): PlannedNotification {
  const listed = tasks.slice(0, LISTED_TITLES).map((task) => titleOf(task, t));
  const rest = total - listed.length;
  const body = listed.join(t.listSeparator) + (rest > 0 ? `${t.listSeparator}${t.andMore(rest)}` : '');
  return { title, body, url: null, silent };
}

function titleOf(task: Task, t: NotifyStrings): string {
  return taskTitle(task, t.untitled);
}
