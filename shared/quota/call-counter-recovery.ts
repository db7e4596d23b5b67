import { MONTHS_KEPT, monthKey } from './call-counter';
import type { CallCounterState, MonthZone } from './call-counter';

// A damaged call counter must not read as "no calls this month": that would let the app spend
// the whole budget again. Whatever month counts can still be read are kept; this month counts as
// the larger of what was read and half the budget, so polling slows down rather than overspends.

export interface RecoveredCallCounter {
  state: CallCounterState;
  /** What was assumed, for the log: one sentence, no file contents. */
  message: string;
}

const MONTH_ENTRY = /"(\d{4}-(?:0[1-9]|1[0-2]))"\s*:\s*(\d{1,9})(?![\d.eE])/g;

export function recoverCallCounter(text: string, input: { monthlyBudget: number; now: number; zone?: MonthZone }): RecoveredCallCounter {
  const months: Record<string, number> = {};
  for (const [, key, count] of text.matchAll(MONTH_ENTRY)) months[key!] = Math.max(months[key!] ?? 0, Number(count));
  const key = monthKey(input.now, input.zone);
  const read = months[key] ?? 0;
  const half = Math.ceil(Math.max(0, input.monthlyBudget) / 2);
  months[key] = Math.max(read, half);
  const kept = Object.keys(months).sort().slice(-MONTHS_KEPT);
  const state: CallCounterState = { version: 1, months: Object.fromEntries(kept.map((k) => [k, months[k] ?? 0])) };
  const message =
    read >= half
      ? `The call counter was damaged; ${read} calls this month could still be read and are kept.`
      : `The call counter was damaged; this month is assumed half spent (${half} of ${input.monthlyBudget} calls${read > 0 ? `; only ${read} could be read` : ''}), so polling slows down rather than overspends.`;
  return { state, message };
}
