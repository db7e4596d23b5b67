import { startOfNextMonth } from './call-counter';
import type { MonthZone } from './call-counter';

// How much of the monthly call budget the details enrichment (issue #11) may take. Polling on
// time is the product (a new approval must be noticed); details only dress the rows. So the
// enrichment's recurring calls get a fixed share of the budget's pro-rata pace (the calls left
// this month over the time left, the pace decidePollInterval spreads them at), and the poll keeps
// the rest: the interval can then stretch by at most 1 / (1 - share) because of the enrichment.
// The share is a token bucket: it fills at that pace, holds at most one cycle's plan (a list and
// DEFAULT_DETAILS_PER_CYCLE details), and each recurring call takes a token; with none left the
// enrichment waits (rows show without details). A one-off (the first look at the backlog, a
// detail view the user opened, a decision's list) does not take from it: it spends the month
// only. Pure; the call meter keeps one bucket in memory (a restart starts with a full one, a
// few calls at most).

/**
 * The enrichment's share of the budget's pace: a quarter, so polling keeps three quarters and the
 * interval grows by at most 1/(1-0.25) ≈ 1.33× because of details (with the default 3,000 calls
 * a month, about 14 → 19 minutes early in a month rather than the ~61 it took without a cap).
 */
export const ENRICHMENT_SHARE = 0.25;

/** Tokens the bucket holds at most: one cycle's plan, a list and three details. */
export const ENRICHMENT_BURST = 4;

export interface EnrichmentAllowance {
  /** Calls the enrichment may make now (fractional while filling; below 0 after a list of many pages). */
  tokens: number;
  /** When `tokens` was last brought up to date (epoch ms). */
  at: number;
}

export function fullAllowance(now: number): EnrichmentAllowance {
  return { tokens: ENRICHMENT_BURST, at: now };
}

export interface BudgetPace {
  monthlyBudget: number;
  callsThisMonth: number;
  now: number;
  zone?: MonthZone;
}

/** The enrichment's pace in calls per millisecond: its share of what is left over the time left. */
export function enrichmentPace(input: BudgetPace): number {
  const remaining = Math.max(0, input.monthlyBudget - Math.max(0, input.callsThisMonth));
  const timeLeft = Math.max(1, startOfNextMonth(input.now, input.zone) - input.now);
  return (ENRICHMENT_SHARE * remaining) / timeLeft;
}

/** The bucket filled for the time since it was last brought up to date, at the pace of now. */
export function refillAllowance(allowance: EnrichmentAllowance, pace: BudgetPace): EnrichmentAllowance {
  const elapsed = Math.max(0, pace.now - allowance.at);
  const tokens = Math.min(ENRICHMENT_BURST, allowance.tokens + elapsed * enrichmentPace(pace));
  return { tokens: Math.max(allowance.tokens, tokens), at: Math.max(allowance.at, pace.now) };
}

/** `count` recurring calls were made: they take their tokens (a debt is paid back by filling). */
export function takeAllowance(allowance: EnrichmentAllowance, count: number): EnrichmentAllowance {
  if (!Number.isFinite(count) || count <= 0) return allowance;
  return { ...allowance, tokens: allowance.tokens - count };
}

/** Whole calls the enrichment may make now. */
export function callsAllowed(allowance: EnrichmentAllowance): number {
  return Math.max(0, Math.floor(allowance.tokens));
}

/**
 * The most extra calls per cycle the interval arithmetic counts: with the enrichment at its share,
 * extra / (poll + extra) = share. A burst above it (the bucket spent at once) is averaged away by
 * the bucket's slower refill, so the interval never stretches past 1 / (1 - share) for it.
 */
export function extraCallsCap(callsPerCycle: number): number {
  return (Math.max(1, callsPerCycle) * ENRICHMENT_SHARE) / (1 - ENRICHMENT_SHARE);
}
