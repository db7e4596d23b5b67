import { describe, expect, it } from 'vitest';
import { presentTrayFor } from '../../../shared/app/tray-state';
import type { TopicResult } from '../../../shared/feishu/tasks-client';
import { createLookedState } from '../../../shared/tasks/looked-ledger';
import { createSeenState } from '../../../shared/tasks/seen-ledger';
import type { Task } from '../../../shared/tasks/task';
import { TOOLTIP_MAX } from '../../../shared/tray/tray-presentation';

// The tray tooltip's second line says what the newest to-do asks for (issue #11), within the
// 127 characters Windows shows.

const NOW = Date.UTC(2026, 10, 25, 2, 0);
const task = (id: string, title: string): Task => ({
  id,
  topic: '1',
  title,
  status: { kind: 'todo', raw: '1' },
  processStatus: { kind: 'running', raw: '1' },
  definition: { code: 'd', id: 'd', name: 'Expense', groupId: '', groupName: '' },
  initiators: [],
  links: {},
  processId: '',
  processCode: '',
  processExternalId: '',
  taskExternalId: '',
  userId: 'ou_me',
});

function tooltip(summaryLine?: (id: string) => string, title = '报销：出差北京') {
  const result: TopicResult = { topic: '1', total: 1, capped: false, tasks: [task('a', title)], rawTasks: [], calls: 1, dropped: 0 };
  return presentTrayFor({
    snapshots: { '1': { result, fetchedAt: NOW, error: null, loading: false } },
    seen: createSeenState(),
    looked: createLookedState(),
    status: { kind: 'idle', lastSuccessAt: NOW },
    session: { demo: true, account: null },
    now: NOW,
    utcOffsetMinutes: 480,
    locale: 'zh',
    summaryLine,
  }).tooltip;
}

describe('the tray tooltip', () => {
  it('has the newest to-do and its summary on a second line', () => {
    const lines = tooltip(() => '金额: 1,200.00 CNY · 事由: 出差').split('\n');
    expect(lines).toEqual([tooltip(), '报销：出差北京: 金额: 1,200.00 CNY · 事由: 出差']);
  });

  it('is one line as before when no summary is known', () => {
    expect(tooltip(() => '')).not.toContain('\n');
    expect(tooltip(() => '')).toBe(tooltip());
  });

  it('stays within what Windows shows', () => {
    const long = tooltip(() => 'x'.repeat(300), 'T'.repeat(100));
    expect([...long].length).toBeLessThanOrEqual(TOOLTIP_MAX);
    expect(long.endsWith('…')).toBe(true);
  });
});
