import { describe, expect, it } from 'vitest';
import { callsThisMonth, monthKey } from '../../../shared/quota/call-counter';
import { recoverCallCounter } from '../../../shared/quota/call-counter-recovery';

// A damaged counter never reads as "nothing spent this month".

const NOW = new Date(2026, 10, 20, 12).getTime();
const THIS = monthKey(NOW);
const budget = { monthlyBudget: 3000, now: NOW };

describe('recoverCallCounter', () => {
  it('unreadable text: this month is assumed half spent, and the message says so', () => {
    for (const text of ['', '\u0000\u0000\u0000', '{"version":1,"mon', 'null', '[]']) {
      const { state, message } = recoverCallCounter(text, budget);
      expect(callsThisMonth(state, NOW)).toBe(1500);
      expect(message).toMatch(/half spent \(1500 of 3000 calls\)/);
    }
  });

  it('keeps the larger of what can be read and half the budget', () => {
    const high = recoverCallCounter(`{"version":1,"months":{"${THIS}":2400,"2026-10":2999}`, budget); // cut short
    expect(high.state.months).toEqual({ [THIS]: 2400, '2026-10': 2999 });
    expect(high.message).toMatch(/2400 calls this month could still be read/);
    const low = recoverCallCounter(`{"version":2,"months":{"${THIS}":12}}`, budget); // wrong shape
    expect(callsThisMonth(low.state, NOW)).toBe(1500);
    expect(low.message).toMatch(/only 12 could be read/);
  });

  it('ignores entries that are not counts, and rounds half of an odd budget up', () => {
    const { state } = recoverCallCounter(`{"months":{"${THIS}":-5,"2026-13":4,"2026-09":1.5e3,"2026-08":"7"}}`, { monthlyBudget: 101, now: NOW });
    expect(state.months).toEqual({ [THIS]: 51 });
  });
});
