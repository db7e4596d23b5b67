import { describe, expect, it } from 'vitest';
import type { ApprovalItem } from '../../../shared/approval/approval-types';
import { applyDetail, applyDrops, applyList, emptyEnrichmentState, planEnrichment, plannedCalls } from '../../../shared/approval/enrichment-planner';
import type { EnrichmentState } from '../../../shared/approval/enrichment-planner';

// The enrichment's call budget: no call when nothing is new, one list per batch of new to-dos,
// one detail per new to-do at most a few per cycle, cache dropped when the task leaves.

const ALL = { list: true, detail: true };
const item = (taskId: string): ApprovalItem => ({
  taskId, instanceCode: `I-${taskId}`, topic: '1', title: '', definitionName: '', definitionCode: '', initiatorId: '', initiatorName: '',
  summaries: [], supportApiOperate: true, status: '1', instanceStatus: '1',
});

/** One cycle as the core would run it; returns the new state and the calls made. */
function cycle(state: EnrichmentState, todo: string[], at: number, trigger: 'poll' | 'window-open' = 'poll', scopes = ALL) {
  let calls = 0;
  const first = planEnrichment({ trigger, todoTaskIds: todo, polledAt: at, state, scopes });
  if (first.fetchList) {
    calls += 1;
    state = applyList(state, { items: todo.map(item), todoTaskIds: todo, at });
  }
  const second = planEnrichment({ trigger, todoTaskIds: todo, polledAt: at, state, scopes });
  for (const code of second.fetchDetails) {
    calls += 1;
    state = applyDetail(state, code, at);
  }
  state = applyDrops(state, second, todo);
  return { state, calls, plan: second, listed: first.fetchList };
}

describe('planEnrichment', () => {
  it('lists once for new to-dos, then costs nothing while nothing changes', () => {
    const first = cycle(emptyEnrichmentState(), ['a', 'b'], 1);
    expect(first.calls).toBe(1 + 2);
    let state = first.state;
    for (let t = 2; t < 50; t++) {
      const next = cycle(state, ['a', 'b'], t);
      expect(next.calls).toBe(0);
      state = next.state;
    }
  });

  it('caps details per cycle and catches up over the next cycles without listing again', () => {
    const todo = Array.from({ length: 8 }, (_, i) => `t${i}`);
    const one = cycle(emptyEnrichmentState(), todo, 1);
    expect(one.calls).toBe(1 + 3);
    const two = cycle(one.state, todo, 2);
    expect(two).toMatchObject({ calls: 3, listed: false });
    const three = cycle(two.state, todo, 3);
    expect(three.calls).toBe(2);
    expect(cycle(three.state, todo, 4).calls).toBe(0);
  });

  it('drops the cached detail when its task leaves the to-do list, and a returning task is new', () => {
    const one = cycle(emptyEnrichmentState(), ['a', 'b'], 1);
    const two = cycle(one.state, ['b'], 2);
    expect(two.calls).toBe(0);
    expect(two.plan.dropDetails).toEqual(['I-a']);
    expect(Object.keys(two.state.details)).toEqual(['I-b']);
    expect(cycle(two.state, ['a', 'b'], 3).calls).toBe(2);
  });

  it('on window open lists only when the poll is newer than the last list and something is uncovered', () => {
    const base = cycle(emptyEnrichmentState(), ['a'], 10).state;
    expect(planEnrichment({ trigger: 'window-open', todoTaskIds: ['a'], polledAt: 20, state: base, scopes: ALL }).fetchList).toBe(false);
    expect(planEnrichment({ trigger: 'window-open', todoTaskIds: ['a', 'n'], polledAt: 20, state: base, scopes: ALL }).fetchList).toBe(true);
    expect(planEnrichment({ trigger: 'window-open', todoTaskIds: ['a', 'n'], polledAt: 5, state: base, scopes: ALL }).fetchList).toBe(false);
  });

  it('makes no call a scope does not allow', () => {
    expect(cycle(emptyEnrichmentState(), ['a'], 1, 'poll', { list: false, detail: false }).calls).toBe(0);
    expect(cycle(emptyEnrichmentState(), ['a'], 1, 'poll', { list: true, detail: false }).calls).toBe(1);
  });

  it('a to-do the list did not return is not asked for again every cycle', () => {
    let state = applyList(emptyEnrichmentState(), { items: [], todoTaskIds: ['ghost'], at: 1 });
    const plan = planEnrichment({ trigger: 'poll', todoTaskIds: ['ghost'], polledAt: 2, state, scopes: ALL });
    expect(plannedCalls(plan)).toBe(0);
    state = applyDrops(state, plan, ['ghost']);
    expect(state.coveredTaskIds).toEqual(['ghost']);
  });
});
