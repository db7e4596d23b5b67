import { describe, expect, it } from 'vitest';
import { planNotifications } from '../../../shared/notify/notification-plan';
import type { NotificationInput } from '../../../shared/notify/notification-plan';
import { isQuietTime } from '../../../shared/notify/quiet-hours';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Task } from '../../../shared/tasks/task';

const NOW = Date.UTC(2026, 10, 25, 9, 5);

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id,
    topic: '1',
    title: `Trip to Shanghai ${id}`,
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
    ...overrides,
  };
}

function input(overrides: Partial<NotificationInput> = {}): NotificationInput {
  return {
    newTasks: { todo: [task('1')], ccUnread: [] },
    firstRun: false,
    settings: defaultSettings(),
    now: NOW,
    utcOffsetMinutes: 0,
    locale: 'en',
    ...overrides,
  };
}

function withNotifications(patch: Partial<ReturnType<typeof defaultSettings>['notifications']>) {
  const settings = defaultSettings();
  return { ...settings, notifications: { ...settings.notifications, ...patch } };
}

describe('planNotifications', () => {
  it('one new to-do → one notification with title, definition, initiator and the pc link', () => {
    expect(planNotifications(input())).toEqual([
      {
        title: 'Trip to Shanghai 1',
        body: 'Business trip · from Li Lei',
        taskId: '1',
        url: 'https://applink.feishu.cn/approval?id=1',
        silent: false,
      },
    ]);
  });

  it('a task without a safe link opens the window at the task (url null, taskId kept)', () => {
    for (const pc of [undefined, 'javascript:alert(1)', 'http://evil.example/', 'https://user:pw@x.feishu.cn/']) {
      const [note] = planNotifications(input({ newTasks: { todo: [task('7', { links: { pc } })], ccUnread: [] } }));
      expect(note).toMatchObject({ taskId: '7', url: null });
    }
  });

  it('up to three new tasks are notified one by one; CCs say they are CCs', () => {
    const notes = planNotifications(input({ newTasks: { todo: [task('1'), task('2')], ccUnread: [task('3', { topic: '17' })] } }));
    expect(notes.map((n) => n.title)).toEqual(['Trip to Shanghai 1', 'Trip to Shanghai 2', 'CC: Trip to Shanghai 3']);
  });

  it('more than three new tasks in a cycle become one grouped notification that opens the window', () => {
    const todo = ['1', '2', '3', '4'].map((id) => task(id));
    const notes = planNotifications(input({ newTasks: { todo, ccUnread: [task('9')] } }));
    expect(notes).toEqual([
      {
        title: '4 new approvals, 1 new CC',
        body: 'Trip to Shanghai 1; Trip to Shanghai 2; Trip to Shanghai 3; and 2 more',
        url: null,
        silent: false,
      },
    ]);
  });

  it('the first run reports the whole backlog as one summary, using the full counts', () => {
    const todo = [task('1'), task('2')];
    const notes = planNotifications(input({ firstRun: true, newTasks: { todo, ccUnread: [] }, backlogCounts: { todo: 40 } }));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ title: '40 approvals to do', url: null });
    expect(notes[0]?.body).toBe('Trip to Shanghai 1; Trip to Shanghai 2; and 38 more');
    expect(notes[0]?.taskId).toBeUndefined();
  });

  it('a first run with an empty backlog says nothing', () => {
    expect(planNotifications(input({ firstRun: true, newTasks: { todo: [], ccUnread: [] } }))).toEqual([]);
  });

  it('respects per-topic switches', () => {
    const newTasks = { todo: [task('1')], ccUnread: [task('2')] };
    const noTodo = planNotifications(input({ newTasks, settings: withNotifications({ todo: false }) }));
    expect(noTodo.map((n) => n.taskId)).toEqual(['2']);
    const noCc = planNotifications(input({ newTasks, settings: withNotifications({ ccUnread: false }) }));
    expect(noCc.map((n) => n.taskId)).toEqual(['1']);
  });

  it('sound off makes notifications silent', () => {
    expect(planNotifications(input({ settings: withNotifications({ sound: false }) }))[0]?.silent).toBe(true);
  });

  it('quiet hours suppress every notification, across midnight, in local time', () => {
    const quietHours = { enabled: true, start: '22:00', end: '08:00' };
    const settings = withNotifications({ quietHours });
    // 09:05 UTC = 17:05 in UTC+8 (not quiet), 04:05 in UTC-5 (quiet).
    expect(planNotifications(input({ settings, utcOffsetMinutes: 480 }))).toHaveLength(1);
    expect(planNotifications(input({ settings, utcOffsetMinutes: -300 }))).toEqual([]);
    expect(planNotifications(input({ settings, firstRun: true, utcOffsetMinutes: -300 }))).toEqual([]);
  });

  it('speaks Chinese', () => {
    const todo = ['1', '2', '3', '4'].map((id) => task(id));
    expect(planNotifications(input({ locale: 'zh', newTasks: { todo, ccUnread: [] } }))[0]?.title).toBe('4 条新审批');
    expect(planNotifications(input({ locale: 'zh' }))[0]?.body).toBe('Business trip · 发起人：Li Lei');
  });

  it('falls back to the definition name when a task has no title', () => {
    expect(planNotifications(input({ newTasks: { todo: [task('1', { title: ' ' })], ccUnread: [] } }))[0]?.title).toBe('Business trip');
  });
});

describe('isQuietTime', () => {
  const at = (h: number, m = 0) => Date.UTC(2026, 0, 1, h, m);
  it.each([
    ['22:00', '08:00', 21, 59, false],
    ['22:00', '08:00', 22, 0, true],
    ['22:00', '08:00', 3, 0, true],
    ['22:00', '08:00', 7, 59, true],
    ['22:00', '08:00', 8, 0, false],
    ['12:00', '13:30', 12, 45, true],
    ['12:00', '13:30', 13, 30, false],
    ['09:00', '09:00', 9, 0, false],
    ['25:00', '08:00', 3, 0, false],
  ])('%s–%s at %i:%i → %s', (start, end, h, m, quiet) => {
    expect(isQuietTime({ enabled: true, start, end }, at(h, m), 0)).toBe(quiet);
  });

  it('is never quiet when disabled', () => {
    expect(isQuietTime({ enabled: false, start: '00:00', end: '23:59' }, at(12), 0)).toBe(false);
  });
});
