import { describe, expect, it } from 'vitest';
import type { LinkOpener } from '../../../shared/app/link-opener';
import { createTaskNotifier } from '../../../shared/app/task-notifier';
import type { NotificationDetails } from '../../../shared/app/task-notifier';
import type { TopicResult } from '../../../shared/feishu/tasks-client';
import { defaultSettings } from '../../../shared/settings/settings';
import { createSeenState } from '../../../shared/tasks/seen-ledger';
import type { Task } from '../../../shared/tasks/task';
import type { TopicCode } from '../../../shared/tasks/topic';
import { createRecordingPorts } from '../../fakes/app-ports';

// A single new to-do's notification carries its summary line (issue #11) and, when its details
// can be shown, the buttons Open and Review; a summary of many, or a CC, does not change.

const NOW = Date.UTC(2026, 10, 25, 2, 0);

function task(id: string, topic: TopicCode = '1'): Task {
  return {
    id,
    topic,
    title: `Expense ${id}`,
    status: { kind: 'todo', raw: '1' },
    processStatus: { kind: 'running', raw: '1' },
    definition: { code: 'd', id: 'd', name: 'Expense claim', groupId: '', groupName: '' },
    initiators: [{ id: 'ou_a', name: 'Li Lei' }],
    links: {},
    processId: '',
    processCode: '',
    processExternalId: '',
    taskExternalId: '',
    userId: 'ou_me',
  };
}

function notifier(details: NotificationDetails) {
  const recorder = createRecordingPorts();
  const opener = { open: async () => true } as unknown as LinkOpener;
  const settings = { ...defaultSettings(), watchCcUnread: true };
  const notify = createTaskNotifier({ settings: () => settings, locale: () => 'zh', utcOffsetMinutes: () => 480, ...recorder.ports }, opener, () => undefined, details);
  function arrive(topic: TopicCode, tasks: Task[]) {
    const result: TopicResult = { topic, total: tasks.length, capped: false, tasks, rawTasks: [], calls: 1, dropped: 0 };
    notify.announce(result, { state: createSeenState(), newTasks: tasks, backlog: null, gone: [] }, NOW);
  }
  return { ...recorder, arrive };
}

const known: NotificationDetails = { summaryLine: (id) => (id === 'a' ? '金额: 1,200.00 CNY · 事由: 出差' : ''), reviewable: (id) => id === 'a' };

describe('a single new to-do', () => {
  it('shows its summary under the usual line, with Open and Review (in the user language)', () => {
    const h = notifier(known);
    h.arrive('1', [task('a')]);
    expect(h.notifications[0]?.request.body).toBe('Expense claim · 发起人：Li Lei\n金额: 1,200.00 CNY · 事由: 出差');
    expect(h.notifications[0]?.request.actions).toEqual([{ id: 'open', label: '打开' }, { id: 'review', label: '审阅' }]);
  });

  it('Review shows the window on its detail view; Open does what a click does', () => {
    const h = notifier(known);
    h.arrive('1', [task('a')]);
    h.notifications[0]!.action('review');
    expect(h.sentOn('nav:show-task')).toEqual([{ topic: '1', taskId: 'a', view: 'detail' }]);
    h.notifications[0]!.action('open');
    expect(h.sentOn('nav:show-task').at(-1)).toEqual({ topic: '1', taskId: 'a' });
    expect(h.windowShown()).toBe(2);
  });

  it('without known details it is exactly as before: no second line, no buttons', () => {
    const h = notifier(known);
    h.arrive('1', [task('b')]);
    expect(h.notifications[0]?.request.body).toBe('Expense claim · 发起人：Li Lei');
    expect(h.notifications[0]?.request.actions).toBeUndefined();
  });
});

describe('other notifications', () => {
  it('one notification for many new to-dos, and a new CC, carry no summary line', () => {
    const h = notifier({ summaryLine: () => 'x: y', reviewable: () => true });
    h.arrive('1', ['a', 'b', 'c', 'd', 'e'].map((id) => task(id)));
    h.arrive('17', [task('c', '17')]);
    expect(h.notifications.map((n) => n.request.body.includes('x: y'))).toEqual([false, false]);
    expect(h.notifications.every((n) => n.request.actions === undefined)).toBe(true);
  });
});
