import { describe, expect, it } from 'vitest';
import { countTasks, diffTasks } from '../../../shared/tasks/task-diff';
import { normalizeTask } from '../../../shared/tasks/normalize-task';
import type { Task } from '../../../shared/tasks/task';
import type { TopicCode } from '../../../shared/tasks/topic';

const task = (id: string, topic: TopicCode = '1'): Task => normalizeTask({ task_id: id, title: id }, topic)!;

describe('diffTasks', () => {
  it('reports nothing as new on the first snapshot', () => {
    expect(diffTasks(null, [task('a'), task('b')])).toEqual({ added: [], removed: [], unchanged: 2, firstSnapshot: true });
  });

  it('finds added and removed tasks', () => {
    const diff = diffTasks([task('a'), task('b')], [task('b'), task('c')]);
    expect(diff.added.map((t) => t.id)).toEqual(['c']);
    expect(diff.removed.map((t) => t.id)).toEqual(['a']);
    expect(diff.unchanged).toBe(1);
    expect(diff.firstSnapshot).toBe(false);
  });

  it('treats the same id in another topic as a different task', () => {
    const diff = diffTasks([task('a', '1')], [task('a', '17')]);
    expect(diff.added.map((t) => t.topic)).toEqual(['17']);
    expect(diff.removed.map((t) => t.topic)).toEqual(['1']);
  });

  it('counts a duplicate once', () => {
    const diff = diffTasks([], [task('a'), task('a')]);
    expect(diff.added).toHaveLength(1);
  });

  // Its speed is measured by `npm run bench` (engine-bench), not here.
  it('finds the one change among 20,000 tasks', () => {
    const before = Array.from({ length: 20_000 }, (_, i) => task(`t${i}`));
    const after = [...before.slice(1), task('new')];
    const diff = diffTasks(before, after);
    expect(diff.added.map((t) => t.id)).toEqual(['new']);
    expect(diff.removed.map((t) => t.id)).toEqual(['t0']);
    expect(diff.unchanged).toBe(19_999);
  });
});

describe('countTasks', () => {
  it('counts per topic, zero for empty ones', () => {
    expect(countTasks([task('a'), task('b'), task('c', '17')])).toEqual({ '1': 2, '2': 0, '3': 0, '17': 1, '18': 0 });
  });
});
