import { describe, expect, it } from 'vitest';
import { parseProcessStatus, parseTaskStatus } from '../../../shared/tasks/task-status';

describe('parseTaskStatus', () => {
  it.each([
    ['1', 'todo'], [1, 'todo'], ['Todo', 'todo'], ['todo', 'todo'], ['TODO', 'todo'], [' Todo ', 'todo'],
    ['2', 'done'], [2, 'done'], ['Done', 'done'],
    ['17', 'unread'], ['Unread', 'unread'], ['18', 'read'], ['Read', 'read'],
    ['33', 'processing'], ['34', 'withdrawn'], ['Withdrawn', 'withdrawn'],
  ])('%j → %s', (raw, kind) => {
    expect(parseTaskStatus(raw).kind).toBe(kind);
  });

  it('keeps the raw value as sent', () => {
    expect(parseTaskStatus('Todo')).toEqual({ kind: 'todo', raw: 'Todo' });
    expect(parseTaskStatus(1)).toEqual({ kind: 'todo', raw: '1' });
  });

  it('keeps unknown values verbatim instead of guessing', () => {
    expect(parseTaskStatus('Mystery')).toEqual({ kind: 'unknown', raw: 'Mystery' });
    expect(parseTaskStatus('99')).toEqual({ kind: 'unknown', raw: '99' });
    expect(parseTaskStatus('<b>x</b>')).toEqual({ kind: 'unknown', raw: '<b>x</b>' });
    expect(parseTaskStatus(undefined)).toEqual({ kind: 'unknown', raw: '' });
    expect(parseTaskStatus({ evil: true })).toEqual({ kind: 'unknown', raw: '' });
  });
});

describe('parseProcessStatus', () => {
  it.each([
    ['0', 'none'], [0, 'none'], ['1', 'running'], ['Running', 'running'], ['RUNNING', 'running'], [1, 'running'],
    ['2', 'approved'], ['Approved', 'approved'], ['3', 'rejected'], ['Rejected', 'rejected'],
    ['4', 'withdrawn'], ['Canceled', 'withdrawn'], ['5', 'terminated'], ['Terminated', 'terminated'],
  ])('%j → %s', (raw, kind) => {
    expect(parseProcessStatus(raw).kind).toBe(kind);
  });

  it('treats a missing process status as none and keeps unknown ones', () => {
    expect(parseProcessStatus(undefined)).toEqual({ kind: 'none', raw: '' });
    expect(parseProcessStatus('Paused')).toEqual({ kind: 'unknown', raw: 'Paused' });
  });
});
