import { startOfNextMonth } from './call-counter';
import type { MonthZone } from './call-counter';
import { extraCallsCap } from './enrichment-share';

// Call economy: poll at the user's interval unless that would spend the monthly call budget
// before the month ends; then stretch the interval so what is left lasts until the 1st.

export const DEFAULT_MONTHLY_BUDGET = 3000;
const MINUTE = 60_000;

export interface CallBudgetInput {
  userIntervalMinutes: number;
  monthlyBudget: number;
  callsThisMonth: number;
  /** API calls one poll cycle costs (topics polled × pages), as measured lately; at least 1. */
  callsPerCycle: number;
  /**
   * Calls beside the poll's fetches (details enrichment, issue #11), averaged per cycle
   * (extra-call-rate.ts); default 0. They spend the same budget, so they lengthen the interval,
   * but only up to the enrichment's share (enrichment-share.ts): polling on time comes first.
   */
  extraCallsPerCycle?: number;
  now: number;
  zone?: MonthZone;
}

export type CallBudgetDecision =
  | {
      kind: 'poll';
      intervalMs: number;
      /** The budget, not the user's setting, decided the interval (the UI says so). */
      stretched: boolean;
      remainingCalls: number;
    }
  /** Not even one more cycle fits in this month's budget: wait for the 1st. */
  | { kind: 'budget-spent'; resumeAt: number; remainingCalls: number };

export function decidePollInterval(input: CallBudgetInput): CallBudgetDecision {
  const userMs = Math.max(1, input.userIntervalMinutes) * MINUTE;
  const pollCalls = Math.max(1, Number.isFinite(input.callsPerCycle) ? input.callsPerCycle : 1);
  const measured = input.extraCallsPerCycle !== undefined && Number.isFinite(input.extraCallsPerCycle) ? Math.max(0, input.extraCallsPerCycle) : 0;
  const perCycle = pollCalls + Math.min(measured, extraCallsCap(pollCalls));
  const remainingCalls = Math.max(0, input.monthlyBudget - Math.max(0, input.callsThisMonth));
  const monthEnd = startOfNextMonth(input.now, input.zone);
  const cyclesLeft = Math.floor(remainingCalls / perCycle);
  if (cyclesLeft < 1) return { kind: 'budget-spent', resumeAt: monthEnd, remainingCalls };
  const neededMs = Math.ceil((monthEnd - input.now) / cyclesLeft);
  return { kind: 'poll', intervalMs: Math.max(userMs, neededMs), stretched: neededMs > userMs, remainingCalls };
}

/** Feishu said the tenant's monthly quota (99991403) is used up: polling waits for the 1st. */
export function quotaPausedUntil(now: number, zone?: MonthZone): number {
  return startOfNextMonth(now, zone);
}
