import { describe, expect, it } from 'vitest';
import { buildSearchIndex, DEFAULT_SORT, listGroups, nextTaskIndex, queryTasks, type TaskQuery } from '../../../renderer/src/tasks/task-query';
import { countLabel } from '../../../renderer/src/tasks/count-label';
import { makeTasks } from '../../e2e/support/demo-data';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const base: TaskQuery = { search: '', group: null, groupBy: 'none', sort: 'newest', unreadOnly: false };
const tasks = makeTasks('1', 60, NOW);
const index = buildSearchIndex(tasks);
const taskIds = (items: ReturnType<typeof queryTasks>) => items.flatMap((item) => (item.kind === 'task' ? [item.task.id] : []));

describe('task query', () => {
  it('sorts by first seen, newest or oldest first', () => {
    const newest = queryTasks(tasks, index, base).map((item) => (item.kind === 'task' ? item.task.firstSeenAt : 0));
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const oldest = taskIds(queryTasks(tasks, index, { ...base, sort: 'oldest' }));
    expect(oldest).toEqual(taskIds(queryTasks(tasks, index, base)).reverse());
  });

  it('puts the longest-waiting to-dos first by default, then the rest newest first', () => {
    const withDetails = tasks.map((task, i) =>
      i % 10 === 3 ? { ...task, details: { instanceCode: `i${i}`, summaries: [], submittedAt: null, waitingSince: NOW - i * 3_600_000, action: { can: true } as const } } : task,
    );
    const order = queryTasks(withDetails, null, { ...base, sort: DEFAULT_SORT }).flatMap((item) => (item.kind === 'task' ? [item.task] : []));
    const known = withDetails.filter((task) => task.details).length;
    const since = order.slice(0, known).map((task) => task.details?.waitingSince);
    expect(since.every((value) => value !== undefined)).toBe(true);
    expect(since).toEqual([...since].sort((a, b) => a! - b!));
    const rest = order.slice(known).map((task) => task.firstSeenAt);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
    // Without any details the default order is the old "newest first".
    expect(taskIds(queryTasks(tasks, null, { ...base, sort: DEFAULT_SORT }))).toEqual(taskIds(queryTasks(tasks, null, base)));
  });

  it('searches title, definition and initiator, case-insensitively, all words', () => {
    const byInitiator = queryTasks(tasks, index, { ...base, search: 'alice' });
    expect(byInitiator.length).toBeGreaterThan(0);
    for (const item of byInitiator) if (item.kind === 'task') expect(item.task.initiators[0]?.name).toBe('Alice Chen');
    const byDefinition = taskIds(queryTasks(tasks, index, { ...base, search: 'EXPENSE claim' }));
    expect(byDefinition.sort()).toEqual(tasks.filter((t) => t.definition.code === 'EXPENSE').map((t) => t.id).sort());
    expect(queryTasks(tasks, index, { ...base, search: '#7 ' }).length).toBeGreaterThan(0);
    expect(queryTasks(tasks, index, { ...base, search: 'no such thing' })).toEqual([]);
  });

  it('filters by definition group', () => {
    const groups = listGroups(tasks);
    expect(groups.map((g) => g.key).sort()).toEqual(['g-adm', 'g-fin', 'g-hr']);
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(tasks.length);
    const finance = queryTasks(tasks, index, { ...base, group: 'g-fin' });
    expect(finance.length).toBe(groups.find((g) => g.key === 'g-fin')!.count);
  });

  it('groups by definition or initiator with a header and count per section', () => {
    const grouped = queryTasks(tasks, index, { ...base, groupBy: 'initiator' });
    const headers = grouped.filter((item) => item.kind === 'header');
    expect(headers.length).toBe(new Set(tasks.map((t) => t.initiators[0]!.id)).size);
    expect(headers.reduce((sum, h) => sum + (h.kind === 'header' ? h.count : 0), 0)).toBe(tasks.length);
    const byDefinition = queryTasks(tasks, index, { ...base, groupBy: 'definition' });
    expect(byDefinition[0]?.kind).toBe('header');
  });

  it('moves the selection over task rows only, stopping at the ends', () => {
    const grouped = queryTasks(tasks, index, { ...base, groupBy: 'definition' });
    const first = nextTaskIndex(grouped, -1, 1);
    expect(first).toBe(1);
    expect(nextTaskIndex(grouped, first, -1)).toBe(first);
    const last = grouped.length - 1;
    expect(nextTaskIndex(grouped, last, 1)).toBe(last);
    expect(grouped[nextTaskIndex(grouped, 1, 1)]?.kind).toBe('task');
  });

  it('shows 999+ for a capped count', () => {
    expect(countLabel({ total: 999, capped: true })).toBe('999+');
    expect(countLabel({ total: 12, capped: false })).toBe('12');
    expect(countLabel(undefined)).toBeNull();
  });

  // Search speed over 5,000 tasks is measured in Chromium by npm run bench (renderer-bench).
  it('finds matches among 5,000 tasks', () => {
    const many = makeTasks('1', 5000, NOW);
    const found = queryTasks(many, buildSearchIndex(many), { ...base, search: 'travel' });
    expect(found.length).toBeGreaterThan(0);
    const titles = found.flatMap((item) => (item.kind === 'task' ? [item.task.title] : []));
    expect(titles).toHaveLength(found.length);
    expect(titles.every((title) => title.toLowerCase().includes('travel'))).toBe(true);
  });
});
