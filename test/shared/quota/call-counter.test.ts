import { describe, expect, it } from 'vitest';
import {
  MONTHS_KEPT,
  callsThisMonth,
  createCallCounterState,
  monthKey,
  parseCallCounterState,
  recordCalls,
  startOfNextMonth,
} from '../../../shared/quota/call-counter';

const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0, ms = 0): number =>
  new Date(y, m - 1, d, h, min, s, ms).getTime();
const beijing = { utcOffsetMinutes: 480 };

describe('call counter', () => {
  it('adds calls to the current month and starts again at the rollover (local time)', () => {
    let state = createCallCounterState();
    state = recordCalls(state, 3, local(2026, 1, 31, 23, 59, 59, 999));
    state = recordCalls(state, 2, local(2026, 1, 15));
    expect(callsThisMonth(state, local(2026, 1, 31, 23, 59, 59, 999))).toBe(5);
    expect(callsThisMonth(state, local(2026, 2, 1))).toBe(0);
    state = recordCalls(state, 4, local(2026, 2, 1));
    expect(callsThisMonth(state, local(2026, 2, 28))).toBe(4);
    expect(state.months).toEqual({ '2026-01': 5, '2026-02': 4 });
  });

  it('ignores zero, negative and non-finite counts', () => {
    const state = createCallCounterState();
    for (const bad of [0, -2, Number.NaN, Infinity]) expect(recordCalls(state, bad, 0)).toBe(state);
  });

  it('knows when the next month starts, across the year end and in a fixed zone', () => {
    expect(startOfNextMonth(local(2026, 1, 31, 23, 59))).toBe(local(2026, 2, 1));
    expect(startOfNextMonth(local(2026, 12, 10))).toBe(local(2027, 1, 1));
    expect(startOfNextMonth(local(2026, 3, 1))).toBe(local(2026, 4, 1));
    // 16:00 UTC on Jan 31 is already Feb 1 in Beijing
    expect(monthKey(Date.UTC(2026, 0, 31, 16), beijing)).toBe('2026-02');
    expect(monthKey(Date.UTC(2026, 0, 31, 15, 59), beijing)).toBe('2026-01');
    expect(startOfNextMonth(Date.UTC(2026, 0, 31, 15, 59), beijing)).toBe(Date.UTC(2026, 0, 31, 16));
    expect(startOfNextMonth(Date.UTC(2026, 11, 31, 20), beijing)).toBe(Date.UTC(2027, 0, 31, 16));
  });

  it('keeps a bounded history', () => {
    let state = createCallCounterState();
    for (let month = 1; month <= 20; month += 1) state = recordCalls(state, month, local(2025, month, 5));
    expect(Object.keys(state.months)).toHaveLength(MONTHS_KEPT);
    expect(callsThisMonth(state, local(2025, 20, 5))).toBe(20);
    expect(state.months['2025-01']).toBeUndefined();
  });

  it('parses a stored state and rejects a broken one', () => {
    expect(parseCallCounterState({ version: 1, months: { '2026-01': 7 } })).toEqual({ version: 1, months: { '2026-01': 7 } });
    for (const bad of [null, {}, { version: 1, months: { january: 1 } }, { version: 1, months: { '2026-01': -1 } }]) {
      expect(() => parseCallCounterState(bad)).toThrow();
    }
  });
});
