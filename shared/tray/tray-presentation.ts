import type { IconState } from '../badge/icon-state';
import { redactText } from '../logging/redact';
import type { PollerStatus } from '../poller/poller-status';
import type { Task } from '../tasks/task';
import { taskTitle } from '../tasks/task-title';
import type { TopicCount } from '../ipc/view-types';
import { formatAge, formatClock, localMonthDay } from './local-clock';
import type { TrayMenuItem } from './tray-menu';
import { TRAY_STRINGS } from './tray-strings';
import type { TrayLocale, TrayStrings } from './tray-strings';

// Everything the tray shows, decided from the app's state in one pure function: the icon
// state, the badge number, the tooltip, the macOS title and the menu. Every state has words.

export const MENU_TASK_LIMIT = 5;
/** Windows truncates tray tooltips at 127 characters; we cut first, with an ellipsis. */
export const TOOLTIP_MAX = 127;
const MENU_TITLE_MAX = 60;

export interface TrayInput {
  poller: PollerStatus;
  /** To-do count from the last good data; null before the first successful fetch. */
  todoCount: TopicCount | null;
  /** Newest to-do tasks first. */
  newestTodo: readonly Pick<Task, 'id' | 'title' | 'definition'>[];
  /** To-do tasks that arrived since the user last looked. */
  newCount: number;
  account: { configured: boolean; needsSignIn: boolean };
  demo: boolean;
  now: number;
  utcOffsetMinutes: number;
  locale: TrayLocale;
}

export interface TrayPresentation {
  iconState: IconState;
  /** The number drawn into the icon (the renderer caps it at 99+). */
  badgeCount: number;
  tooltip: string;
  /** macOS `tray.setTitle` text; empty hides it. */
  title: string;
  menu: TrayMenuItem[];
}

interface StateWords {
  iconState: IconState;
  line: string;
}

export function presentTray(input: TrayInput): TrayPresentation {
  const t = TRAY_STRINGS[input.locale];
  const state = describeState(input, t);
  const count = state.iconState === 'signin' ? null : input.todoCount;
  const countText = count ? `${count.total}${count.capped ? '+' : ''}` : '';
  const app = input.demo ? `${t.app} (${t.demo})` : t.app;
  const tooltipParts = [countText ? t.toDo(countText) : null, state.line].filter(Boolean);
  return {
    iconState: state.iconState,
    badgeCount: count?.total ?? 0,
    tooltip: truncate(`${app}: ${tooltipParts.join(' · ')}`, TOOLTIP_MAX),
    title: count && count.total > 0 ? countText : '',
    menu: buildMenu(input, state, t),
  };
}

function describeState(input: TrayInput, t: TrayStrings): StateWords {
  const { poller, now } = input;
  const age = poller.lastSuccessAt === null ? t.neverUpdated : t.updatedAgo(formatAge(poller.lastSuccessAt, now, t.age));
  const clock = (ms: number) => formatClock(ms, input.utcOffsetMinutes);
  const needsSignIn =
    !input.demo &&
    (!input.account.configured || input.account.needsSignIn || (poller.kind === 'stopped' && poller.reason === 'auth-invalid'));
  if (needsSignIn) return { iconState: 'signin', line: t.signInNeeded };
  switch (poller.kind) {
    case 'paused':
      return { iconState: 'paused', line: poller.until === null ? t.paused : t.pausedUntil(clock(poller.until)) };
    case 'stopped': {
      // The message came from the network path: scrub it once more before it is on screen.
      const line = t.error(redactText(poller.message));
      if (poller.resumeAt === undefined) return { iconState: 'error', line };
      const { month, day } = localMonthDay(poller.resumeAt, input.utcOffsetMinutes);
      return { iconState: 'error', line: [line, t.resumesOn(month, day)].join(t.sep) };
    }
    case 'offline':
      return { iconState: 'offline', line: [t.offline, age, t.retryAt(clock(poller.retryAt))].join(t.sep) };
    case 'rate-limited':
      return { iconState: 'offline', line: [t.rateLimited, age, t.retryAt(clock(poller.retryAt))].join(t.sep) };
    case 'updating':
      return { iconState: 'updating', line: poller.lastSuccessAt === null ? t.firstUpdate : t.updating };
    case 'idle':
      if (poller.lastSuccessAt === null) return { iconState: 'updating', line: t.firstUpdate };
      if (input.newCount > 0) return { iconState: 'new', line: [t.newTasks(input.newCount), age].join(t.sep) };
      return { iconState: 'ok', line: [t.upToDate, age].join(t.sep) };
  }
}

function buildMenu(input: TrayInput, state: StateWords, t: TrayStrings): TrayMenuItem[] {
  const menu: TrayMenuItem[] = [];
  if (input.demo) menu.push({ kind: 'label', text: t.demoLine });
  menu.push({ kind: 'label', text: capitalize(state.line) });
  if (input.demo || state.iconState === 'signin') menu.push({ kind: 'action', action: 'sign-in', text: t.signIn, enabled: true });
  menu.push({ kind: 'separator' });
  if (state.iconState !== 'signin') {
    for (const task of input.newestTodo.slice(0, MENU_TASK_LIMIT)) {
      const title = taskTitle(task, t.untitled);
      menu.push({ kind: 'task', taskId: task.id, text: truncate(title, MENU_TITLE_MAX) });
    }
    const total = input.todoCount?.total ?? input.newestTodo.length;
    const shown = Math.min(MENU_TASK_LIMIT, input.newestTodo.length);
    if (total > shown) menu.push({ kind: 'label', text: t.more(total - shown) });
    if (input.todoCount?.total === 0) menu.push({ kind: 'label', text: t.nothingToDo });
    if (menu[menu.length - 1]?.kind !== 'separator') menu.push({ kind: 'separator' });
  }
  const paused = input.poller.kind === 'paused';
  const canRefresh = state.iconState !== 'signin' && input.poller.kind !== 'updating';
  menu.push({ kind: 'action', action: 'open-window', text: t.openWindow, enabled: true });
  menu.push({ kind: 'action', action: 'refresh', text: t.refresh, enabled: canRefresh });
  if (paused) {
    menu.push({ kind: 'action', action: 'resume', text: t.resume, enabled: true });
  } else {
    menu.push({ kind: 'action', action: 'pause-hour', text: t.pauseHour, enabled: state.iconState !== 'signin' });
    menu.push({ kind: 'action', action: 'pause-tomorrow', text: t.pauseTomorrow, enabled: state.iconState !== 'signin' });
  }
  menu.push({ kind: 'separator' });
  menu.push({ kind: 'action', action: 'settings', text: t.settings, enabled: true });
  menu.push({ kind: 'action', action: 'quit', text: t.quit, enabled: true });
  return menu;
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
