import { describe, expect, it } from 'vitest';
import { createCallMeter } from '../../../shared/app/call-meter';
import { createCallCounterState } from '../../../shared/quota/call-counter';
import type { CallCounterState } from '../../../shared/quota/call-counter';
import { callsAllowed, ENRICHMENT_BURST, ENRICHMENT_SHARE, enrichmentPace, extraCallsCap, fullAllowance, refillAllowance, takeAllowance } from '../../../shared/quota/enrichment-share';
import { defaultSettings } from '../../../shared/settings/settings';

// The details enrichment may take a quarter of the budget's pace, so polling on time keeps the
// rest: the bucket that holds its share, and the call meter that keeps one for the core.

const zone = { utcOffsetMinutes: 0 };
const DAY = 86_400_000;
const START = Date.UTC(2026, 10, 1);

describe('the enrichment’s share', () => {
  it('is a quarter of what is left this month over the time left', () => {
    // 3,000 calls over the 30 days of November: 100 a day, 25 of them for the enrichment.
    expect(enrichmentPace({ monthlyBudget: 3000, callsThisMonth: 0, now: START, zone }) * DAY).toBeCloseTo(25);
    expect(enrichmentPace({ monthlyBudget: 3000, callsThisMonth: 3000, now: START, zone })).toBe(0);
  });

  it('fills at that pace up to one cycle’s plan, and each recurring call takes a token', () => {
    const pace = (now: number) => ({ monthlyBudget: 3000, callsThisMonth: 0, now, zone });
    let bucket = takeAllowance(fullAllowance(START), ENRICHMENT_BURST);
    expect(callsAllowed(bucket)).toBe(0);
    // A call every 57.6 minutes (25 a day).
    bucket = refillAllowance(bucket, pace(START + 57 * 60_000));
    expect(callsAllowed(bucket)).toBe(0);
    bucket = refillAllowance(bucket, pace(START + 58 * 60_000));
    expect(callsAllowed(bucket)).toBe(1);
    bucket = refillAllowance(bucket, pace(START + DAY));
    expect(callsAllowed(bucket)).toBe(ENRICHMENT_BURST);
    // A list of several pages can overdraw it: the debt is paid back before the next call.
    bucket = takeAllowance(bucket, 6);
    expect(callsAllowed(bucket)).toBe(0);
    expect(callsAllowed(refillAllowance(bucket, pace(START + DAY + 2 * 57.6 * 60_000 + 1)))).toBe(0);
    expect(callsAllowed(refillAllowance(bucket, pace(START + DAY + 3 * 57.6 * 60_000 + 1)))).toBe(1);
  });

  it('lets the interval arithmetic count extra calls up to a third of a poll’s (a quarter of the whole)', () => {
    expect(extraCallsCap(1)).toBeCloseTo(1 / 3);
    expect(extraCallsCap(3) / (3 + extraCallsCap(3))).toBeCloseTo(ENRICHMENT_SHARE);
  });
});

describe('the call meter', () => {
  function meter(budget = 3000) {
    let now = Date.UTC(2026, 10, 2, 8, 0);
    const settings = { ...defaultSettings(), monthlyCallBudget: budget };
    let stored: CallCounterState = createCallCounterState();
    const m = createCallMeter({
      clock: { now: () => now, setTimer: () => 0, clearTimer: () => undefined },
      settings: () => settings,
      calls: { read: async () => stored, write: async (next) => void (stored = next) },
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    return { m, advance: (ms: number) => void (now += ms) };
  }

  it('gives the enrichment room for one cycle’s plan, then a call about every hour (defaults)', () => {
    const { m, advance } = meter();
    expect(m.enrichmentRoom()).toBe(ENRICHMENT_BURST);
    m.recordExtra(3, { oneOff: true }); // the first look at the backlog takes nothing
    expect(m.enrichmentRoom()).toBe(ENRICHMENT_BURST);
    m.recordExtra(ENRICHMENT_BURST);
    expect(m.enrichmentRoom()).toBe(0);
    advance(30 * 60_000);
    expect(m.enrichmentRoom()).toBe(0);
    advance(40 * 60_000);
    expect(m.enrichmentRoom()).toBe(1);
  });

  it('has no room once the month is spent', () => {
    const { m } = meter(3);
    m.record(3);
    expect(m.spent()).toBe(true);
    expect(m.enrichmentRoom()).toBe(0);
  });

  it('stretches the interval by at most 1/(1-0.25) however much the enrichment spent', () => {
    const plain = meter();
    const enriched = meter();
    for (let cycle = 0; cycle < 30; cycle++) {
      for (const { m } of [plain, enriched]) {
        m.cycleStarted();
        m.record(1);
      }
      enriched.m.recordExtra(5);
      // The same month spent, none of it a recurring rate: only the rate's effect differs.
      plain.m.recordExtra(5, { oneOff: true });
    }
    const ratio = enriched.m.interval().ms / plain.m.interval().ms;
    expect(ratio).toBeGreaterThan(1.2);
    expect(ratio).toBeLessThanOrEqual(1 / (1 - ENRICHMENT_SHARE) + 0.01);
  });
});
