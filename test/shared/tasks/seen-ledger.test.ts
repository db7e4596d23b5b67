import { describe, expect, it } from 'vitest';
import {
  createSeenState,
  firstSeenAt,
  observeTasks,
  parseSeenState,
  readSeenState,
} from '../../../shared/tasks/seen-ledger';
import type { Task } from '../../../shared/tasks/task';
import type { TopicCode } from '../../../shared/tasks/topic';

function task(id: string, topic: TopicCode = '1'): Task {
  return {
    id,
    topic,
    title: `Task ${id}`,
    status: { kind: 'todo', raw: '1' },
    processStatus: { kind: 'running', raw: '1' },
    definition: { code: 'c', id: 'd', name: 'Expense', groupId: 'g', groupName: 'Finance' },
    initiators: [{ id: 'ou_1', name: 'Li Lei' }],
    links: {},
    processId: 'p',
    processCode: 'pc',
    processExternalId: '',
    taskExternalId: '',
    userId: 'ou_me',
  };
}

const ids = (tasks: readonly Task[]): string[] => tasks.map((t) => t.id);

describe('seen ledger', () => {
  it('treats the first look at a topic as a backlog, announcing nothing', () => {
    const result = observeTasks(createSeenState(), '1', [task('a'), task('b')], 100);
    expect(result.backlog).toBe(2);
    expect(result.newTasks).toEqual([]);
    expect(result.gone).toEqual([]);
    expect(firstSeenAt(result.state, '1', 'a')).toBe(100);
  });

  it('reports later arrivals as new, in API order, and keeps first-seen times', () => {
    const first = observeTasks(createSeenState(), '1', [task('a')], 100);
    const second = observeTasks(first.state, '1', [task('c'), task('a'), task('b')], 200);
    expect(ids(second.newTasks)).toEqual(['c', 'b']);
    expect(second.backlog).toBeNull();
    expect(firstSeenAt(second.state, '1', 'a')).toBe(100);
    expect(firstSeenAt(second.state, '1', 'c')).toBe(200);
    const third = observeTasks(second.state, '1', [task('a'), task('b'), task('c')], 300);
    expect(third.newTasks).toEqual([]);
  });

  it('drops gone tasks, so one that comes back is new again', () => {
    const first = observeTasks(createSeenState(), '1', [task('a'), task('b')], 100);
    const second = observeTasks(first.state, '1', [task('b')], 200);
    expect(second.gone).toEqual(['a']);
    expect(firstSeenAt(second.state, '1', 'a')).toBeUndefined();
    expect(Object.keys(second.state.topics['1']?.firstSeen ?? {})).toEqual(['b']);
    const third = observeTasks(second.state, '1', [task('a'), task('b')], 300);
    expect(ids(third.newTasks)).toEqual(['a']);
  });

  it('keeps topics apart, and an empty first look is still a backlog of 0', () => {
    const todo = observeTasks(createSeenState(), '1', [task('a')], 100);
    const cc = observeTasks(todo.state, '17', [], 100);
    expect(cc.backlog).toBe(0);
    const later = observeTasks(cc.state, '17', [task('a', '17')], 200);
    expect(ids(later.newTasks)).toEqual(['a']);
    expect(firstSeenAt(later.state, '1', 'a')).toBe(100);
  });

  it('counts a task listed twice once, and copes with odd ids', () => {
    const first = observeTasks(createSeenState(), '1', [task('a'), task('a'), task('__proto__')], 100);
    expect(first.backlog).toBe(2);
    const second = observeTasks(first.state, '1', [task('__proto__'), task('constructor')], 200);
    expect(ids(second.newTasks)).toEqual(['constructor']);
    expect(firstSeenAt(second.state, '1', '__proto__')).toBe(100);
  });

  it('does not change the state it was given', () => {
    const state = createSeenState();
    observeTasks(state, '1', [task('a')], 100);
    expect(state).toEqual({ version: 1, topics: {} });
  });

  it('survives a restart through JSON: nothing old is announced again', () => {
    const first = observeTasks(createSeenState(), '1', [task('a')], 100);
    const restored = parseSeenState(JSON.parse(JSON.stringify(first.state)));
    const after = observeTasks(restored, '1', [task('a'), task('n')], 500);
    expect(ids(after.newTasks)).toEqual(['n']);
    expect(after.backlog).toBeNull();
  });

  it('rejects a broken stored state strictly, or gives a fresh one leniently', () => {
    for (const bad of [null, 'x', { version: 2, topics: {} }, { version: 1, topics: { '1': { initialized: 'yes', firstSeen: {} } } }]) {
      expect(() => parseSeenState(bad)).toThrow();
      expect(readSeenState(bad)).toEqual(createSeenState());
    }
    const unknownTopic = { version: 1, topics: { '99': { initialized: true, firstSeen: {} } } };
    expect(parseSeenState(unknownTopic)).toEqual(createSeenState());
  });
});
