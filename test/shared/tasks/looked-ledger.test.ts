import { describe, expect, it } from 'vitest';
import { createLookedState, hasLooked, markLooked, MAX_LOOKED_IDS, parseLookedState, reconcileLooked } from '../../../shared/tasks/looked-ledger';

describe('looked ledger', () => {
  it('counts the first list of a topic as looked (the backlog is not news), later arrivals as not', () => {
    let state = reconcileLooked(createLookedState(), '1', ['a', 'b']);
    state = reconcileLooked(state, '1', ['a', 'b', 'c']);
    expect(['a', 'b', 'c'].map((id) => hasLooked(state, '1', id))).toEqual([true, true, false]);
  });

  it('clears one row at a time and ignores ids the topic does not list', () => {
    const listed = ['a', 'b', 'c'];
    let state = reconcileLooked(createLookedState(), '1', ['a']);
    state = markLooked(state, '1', ['b', 'zzz'], listed);
    expect(hasLooked(state, '1', 'b')).toBe(true);
    expect(hasLooked(state, '1', 'c')).toBe(false);
    expect(hasLooked(state, '1', 'zzz')).toBe(false);
  });

  it('returns the same state when nothing changed, so no write is needed', () => {
    const state = reconcileLooked(createLookedState(), '1', ['a']);
    expect(reconcileLooked(state, '1', ['a'])).toBe(state);
    expect(markLooked(state, '1', ['a'], ['a'])).toBe(state);
  });

  it('stays bounded: ids the topic no longer lists are dropped', () => {
    let state = reconcileLooked(createLookedState(), '1', ['a', 'b']);
    state = reconcileLooked(state, '1', ['b']);
    expect(state.topics['1']?.ids).toEqual(['b']);
  });

  it('reads back what it wrote and refuses a file in another shape', () => {
    const state = reconcileLooked(createLookedState(), '17', ['x']);
    expect(parseLookedState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    expect(() => parseLookedState({ version: 1, topics: { '1': { initialized: true, ids: [42] } } })).toThrow();
    const huge = { version: 1, topics: { '1': { initialized: true, ids: Array.from({ length: MAX_LOOKED_IDS + 5 }, (_, i) => `t${i}`) } } };
    expect(parseLookedState(huge).topics['1']?.ids).toHaveLength(MAX_LOOKED_IDS);
  });
});
