import { describe, expect, it } from 'vitest';
import { withoutHidden } from '../../../shared/app/hidden-tasks';
import type { TopicSnapshots } from '../../../shared/app/topic-snapshots';
import type { TopicResult } from '../../../shared/feishu/tasks-client';
import type { Task } from '../../../shared/tasks/task';

// While a decision is pending, its task is not shown and the count drops by one; a capped count
// (a lower bound) stays as the API gave it.

const task = (id: string) => ({ id }) as Task;
const snapshots = (total: number | null, capped = false): TopicSnapshots => ({
  '1': { result: { topic: '1', total, capped, tasks: [task('a'), task('b')], rawTasks: [], calls: 1, dropped: 0 } as TopicResult, fetchedAt: 1, error: null, loading: false },
});

describe('withoutHidden', () => {
  it('leaves the hidden tasks out and lowers the total', () => {
    const shown = withoutHidden(snapshots(2), '1', new Set(['a', 'elsewhere']));
    expect(shown['1']?.result?.tasks.map((t) => t.id)).toEqual(['b']);
    expect(shown['1']?.result?.total).toBe(1);
  });

  it('keeps a capped total, and changes nothing when no listed task is hidden', () => {
    expect(withoutHidden(snapshots(999, true), '1', new Set(['a']))['1']?.result?.total).toBe(999);
    const same = snapshots(2);
    expect(withoutHidden(same, '1', new Set(['zzz']))).toBe(same);
  });
});
