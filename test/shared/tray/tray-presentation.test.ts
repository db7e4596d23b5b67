import { describe, expect, it } from 'vitest';
import type { PollerStatus } from '../../../shared/poller/poller-status';
import { pauseUntil } from '../../../shared/tray/pause-choice';
import { presentTray, TOOLTIP_MAX } from '../../../shared/tray/tray-presentation';
import type { TrayInput } from '../../../shared/tray/tray-presentation';
import type { TrayMenuItem } from '../../../shared/tray/tray-menu';

const NOW = Date.UTC(2026, 10, 25, 9, 5); // 09:05 UTC
const MIN = 60_000;

function task(id: string, title = `Task ${id}`) {
  return { id, title, definition: { code: 'c', id: 'd', name: 'Leave request', groupId: 'g', groupName: 'HR' } };
}

function input(overrides: Partial<TrayInput> = {}): TrayInput {
  return {
    poller: { kind: 'idle', lastSuccessAt: NOW - 2 * MIN },
    todoCount: { total: 3, capped: false },
    newestTodo: [task('a'), task('b'), task('c')],
    newCount: 0,
    account: { configured: true, needsSignIn: false },
    demo: false,
    now: NOW,
    utcOffsetMinutes: 0,
    locale: 'en',
    ...overrides,
  };
}

const actions = (menu: TrayMenuItem[]) => menu.flatMap((item) => (item.kind === 'action' ? [item.action] : []));
const labels = (menu: TrayMenuItem[]) => menu.flatMap((item) => (item.kind === 'label' ? [item.text] : []));
const tasks = (menu: TrayMenuItem[]) => menu.flatMap((item) => (item.kind === 'task' ? [item] : []));

describe('presentTray', () => {
  it('up to date: count in badge, title and tooltip, with the data age', () => {
    const tray = presentTray(input());
    expect(tray).toMatchObject({ iconState: 'ok', badgeCount: 3, title: '3' });
    expect(tray.tooltip).toBe('Approval Tray: 3 to do · up to date, updated 2 min ago');
    expect(actions(tray.menu)).toEqual(['open-window', 'refresh', 'pause-hour', 'pause-tomorrow', 'settings', 'quit']);
  });

  it('new approvals get the new state and say how many', () => {
    const tray = presentTray(input({ newCount: 2 }));
    expect(tray.iconState).toBe('new');
    expect(tray.tooltip).toContain('2 new');
  });

  it('lists at most five newest to-do titles with their ids, and how many more', () => {
    const newest = ['1', '2', '3', '4', '5', '6', '7'].map((id) => task(id));
    const tray = presentTray(input({ newestTodo: newest, todoCount: { total: 12, capped: false } }));
    expect(tasks(tray.menu).map((item) => item.taskId)).toEqual(['1', '2', '3', '4', '5']);
    expect(labels(tray.menu)).toContain('7 more in the window…');
  });

  it('falls back to the definition name for an empty title and shortens long titles', () => {
    const tray = presentTray(input({ newestTodo: [task('a', '  '), task('b', 'x'.repeat(200))] }));
    const [first, second] = tasks(tray.menu);
    expect(first?.text).toBe('Leave request');
    expect(Array.from(second!.text)).toHaveLength(60);
    expect(second?.text.endsWith('…')).toBe(true);
  });

  it('says there is nothing to approve at zero, with no badge and no title', () => {
    const tray = presentTray(input({ todoCount: { total: 0, capped: false }, newestTodo: [] }));
    expect(tray).toMatchObject({ badgeCount: 0, title: '' });
    expect(labels(tray.menu)).toContain('Nothing to approve');
  });

  it('shows a capped count as 999+', () => {
    const tray = presentTray(input({ todoCount: { total: 999, capped: true } }));
    expect(tray.title).toBe('999+');
    expect(tray.tooltip).toContain('999+ to do');
  });

  it('updating disables Refresh now', () => {
    const tray = presentTray(input({ poller: { kind: 'updating', lastSuccessAt: NOW - MIN } }));
    expect(tray.iconState).toBe('updating');
    expect(tray.menu).toContainEqual({ kind: 'action', action: 'refresh', text: 'Refresh now', enabled: false });
  });

  it('before the first fetch says it is fetching, never a blank state', () => {
    const tray = presentTray(input({ poller: { kind: 'idle', lastSuccessAt: null }, todoCount: null, newestTodo: [] }));
    expect(tray.iconState).toBe('updating');
    expect(tray.tooltip).toBe('Approval Tray: Fetching approvals…');
    expect(tray.title).toBe('');
  });

  it('offline keeps the last good count and shows its age and the retry time', () => {
    const poller: PollerStatus = { kind: 'offline', lastSuccessAt: NOW - 12 * MIN, retryAt: NOW + 5 * MIN, message: 'No network' };
    const tray = presentTray(input({ poller }));
    expect(tray).toMatchObject({ iconState: 'offline', badgeCount: 3 });
    expect(tray.tooltip).toBe('Approval Tray: 3 to do · Offline, updated 12 min ago, retrying at 09:10');
    expect(labels(tray.menu)[0]).toBe('Offline, updated 12 min ago, retrying at 09:10');
  });

  it('formats ages in hours and days, and clocks in the local time zone', () => {
    const poller: PollerStatus = { kind: 'offline', lastSuccessAt: NOW - 3 * 60 * MIN, retryAt: NOW, message: '' };
    expect(presentTray(input({ poller, utcOffsetMinutes: 480 })).tooltip).toContain('updated 3 h ago, retrying at 17:05');
    const older: PollerStatus = { ...poller, lastSuccessAt: NOW - 3 * 24 * 60 * MIN };
    expect(presentTray(input({ poller: older })).tooltip).toContain('updated 3 d ago');
  });

  it('rate limiting shows as stale data with the retry time', () => {
    const tray = presentTray(input({ poller: { kind: 'rate-limited', lastSuccessAt: NOW, retryAt: NOW + MIN } }));
    expect(tray.iconState).toBe('offline');
    expect(tray.tooltip).toContain('Feishu asked us to slow down');
  });

  it('needs sign-in: hides counts and tasks, offers Sign in, disables refresh and pause', () => {
    for (const overrides of [
      { account: { configured: false, needsSignIn: false } },
      { account: { configured: true, needsSignIn: true } },
      { poller: { kind: 'stopped', lastSuccessAt: NOW, reason: 'auth-invalid', message: 'Token revoked' } as PollerStatus },
    ]) {
      const tray = presentTray(input(overrides));
      expect(tray).toMatchObject({ iconState: 'signin', badgeCount: 0, title: '', tooltip: 'Approval Tray: Sign-in needed' });
      expect(tasks(tray.menu)).toEqual([]);
      expect(actions(tray.menu)).toContain('sign-in');
      expect(tray.menu).toContainEqual({ kind: 'action', action: 'pause-hour', text: 'Pause for 1 hour', enabled: false });
    }
  });

  it('paused offers Resume instead of the pause items and says until when', () => {
    const tray = presentTray(input({ poller: { kind: 'paused', lastSuccessAt: NOW, until: NOW + 60 * MIN } }));
    expect(tray.iconState).toBe('paused');
    expect(tray.tooltip).toContain('Paused until 10:05');
    expect(actions(tray.menu)).toEqual(['open-window', 'refresh', 'resume', 'settings', 'quit']);
  });

  it('error puts the message in the tooltip and the menu', () => {
    const poller: PollerStatus = {
      kind: 'stopped', lastSuccessAt: NOW, reason: 'permission', message: 'The app lacks the approval scope',
    };
    const tray = presentTray(input({ poller }));
    expect(tray.iconState).toBe('error');
    expect(tray.tooltip).toContain('Error: The app lacks the approval scope');
    expect(labels(tray.menu)).toContain('Error: The app lacks the approval scope');
  });

  it('quota exhausted says when polling resumes by itself', () => {
    const resumeAt = Date.UTC(2026, 11, 1);
    const poller: PollerStatus = { kind: 'stopped', lastSuccessAt: NOW, reason: 'quota-exhausted', message: 'Monthly API quota used up', resumeAt };
    expect(labels(presentTray(input({ poller })).menu)).toContain('Error: Monthly API quota used up, resumes Dec 1');
    expect(presentTray(input({ poller, locale: 'zh' })).tooltip).toContain('12 月 1 日恢复');
  });

  it('scrubs a token that slipped into an error message', () => {
    const poller: PollerStatus = { kind: 'stopped', lastSuccessAt: NOW, reason: 'server', message: 'failed for u-1ZSGuXjg10oFajKt9qHlHk4h3mEQ' };
    expect(presentTray(input({ poller })).tooltip).not.toContain('u-1ZSG');
  });

  it('cuts the tooltip to what Windows shows', () => {
    const poller: PollerStatus = { kind: 'stopped', lastSuccessAt: NOW, reason: 'server', message: 'x'.repeat(300) };
    const tooltip = presentTray(input({ poller })).tooltip;
    expect(tooltip).toHaveLength(TOOLTIP_MAX);
    expect(tooltip.endsWith('…')).toBe(true);
  });

  it('labels demo mode in tooltip and menu and offers Sign in, even without an account', () => {
    const tray = presentTray(input({ demo: true, account: { configured: false, needsSignIn: false } }));
    expect(tray.iconState).toBe('ok');
    expect(tray.tooltip.startsWith('Approval Tray (Demo): 3 to do')).toBe(true);
    expect(labels(tray.menu)[0]).toBe('Demo: sample tasks, not your account');
    expect(actions(tray.menu)).toContain('sign-in');
  });

  it('speaks Chinese', () => {
    const tray = presentTray(input({ locale: 'zh', demo: true }));
    expect(tray.tooltip).toBe('审批托盘 (演示): 3 条待办 · 已是最新，2 分钟前更新');
    expect(actions(tray.menu)).toContain('quit');
    expect(tray.menu.at(-1)).toEqual({ kind: 'action', action: 'quit', text: '退出', enabled: true });
  });

  it('every poller state yields a non-empty status line', () => {
    const states: PollerStatus[] = [
      { kind: 'idle', lastSuccessAt: NOW },
      { kind: 'updating', lastSuccessAt: null },
      { kind: 'offline', lastSuccessAt: null, retryAt: NOW, message: '' },
      { kind: 'rate-limited', lastSuccessAt: null, retryAt: NOW },
      { kind: 'paused', lastSuccessAt: null, until: null },
      { kind: 'stopped', lastSuccessAt: null, reason: 'permission', message: 'Scope missing' },
    ];
    for (const poller of states) {
      const line = labels(presentTray(input({ poller })).menu)[0];
      expect(line, poller.kind).toMatch(/\w/);
    }
  });
});

describe('pauseUntil', () => {
  it('pauses an hour, or until 08:00 local the next morning', () => {
    expect(pauseUntil('hour', NOW, 0)).toBe(NOW + 60 * MIN);
    expect(pauseUntil('tomorrow', NOW, 0)).toBe(Date.UTC(2026, 10, 26, 8));
    // 09:05 UTC is 17:05 in UTC+8: tomorrow 08:00 there is 00:00 UTC on the 26th.
    expect(pauseUntil('tomorrow', NOW, 480)).toBe(Date.UTC(2026, 10, 26, 0));
    // At 01:00 local, "until tomorrow" means this morning at 08:00.
    expect(pauseUntil('tomorrow', Date.UTC(2026, 10, 25, 1), 0)).toBe(Date.UTC(2026, 10, 25, 8));
  });
});
