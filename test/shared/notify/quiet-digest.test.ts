import { describe, expect, it } from 'vitest';
import type { NotificationInput } from '../../../shared/notify/notification-plan';
import { NOTHING_HELD, planWithQuietHours } from '../../../shared/notify/quiet-digest';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Task } from '../../../shared/tasks/task';

const NIGHT = Date.UTC(2026, 10, 25, 23, 30);
const MORNING = Date.UTC(2026, 10, 26, 8, 5);

function task(id: string): Task {
  return {
    id,
    topic: '1',
    title: `Trip ${id}`,
    status: { kind: 'todo', raw: '1' },
    processStatus: { kind: 'running', raw: '1' },
    definition: { code: 'c', id: 'd', name: 'Business trip', groupId: 'g', groupName: 'HR' },
    initiators: [{ id: 'ou_1', name: 'Li Lei' }],
    links: { pc: `https://applink.feishu.cn/approval?id=${id}` },
    processId: 'p',
    processCode: 'pc',
    processExternalId: '',
    taskExternalId: '',
    userId: 'ou_me',
  };
}

function input(now: number, todo: Task[]): NotificationInput {
  const settings = defaultSettings();
  settings.notifications.quietHours = { enabled: true, start: '22:00', end: '08:00' };
  return { newTasks: { todo, ccUnread: [] }, firstRun: false, settings, now, utcOffsetMinutes: 0, locale: 'en' };
}

describe('quiet hours digest', () => {
  it('holds what arrives while quiet, and tells it as one digest when quiet hours end', () => {
    const first = planWithQuietHours(input(NIGHT, [task('a')]), NOTHING_HELD);
    expect(first.notifications).toEqual([]);
    const second = planWithQuietHours(input(NIGHT + 600_000, [task('b'), task('a')]), first.held);
    expect(second.notifications).toEqual([]);
    expect(second.held.todo.map((t) => t.id)).toEqual(['a', 'b']);
    const morning = planWithQuietHours(input(MORNING, [task('c')]), second.held);
    expect(morning.notifications.map((n) => n.title)).toEqual(['During quiet hours: 2 new approvals', 'Trip c']);
    expect(morning.notifications[0]!.body).toBe('Trip a; Trip b');
    expect(morning.notifications[0]!.url).toBeNull();
    expect(morning.held).toEqual(NOTHING_HELD);
  });

  it('leaves out held tasks already handled, and says nothing when none are left', () => {
    const night = planWithQuietHours(input(NIGHT, [task('a')]), NOTHING_HELD);
    const morning = planWithQuietHours(input(MORNING, []), night.held, (t) => t.id !== 'a');
    expect(morning.notifications).toEqual([]);
    expect(morning.held).toEqual(NOTHING_HELD);
  });

  it('holds nothing for a kind of notification that is switched off', () => {
    const off = input(NIGHT, [task('a')]);
    off.settings.notifications.todo = false;
    expect(planWithQuietHours(off, NOTHING_HELD).held).toEqual(NOTHING_HELD);
  });
});
