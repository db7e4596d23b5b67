import { z } from 'zod';

// How many Feishu API calls this app made per month. The free edition shares 10,000 calls a month
// between all of a tenant's apps, so the app shows what it spends (see feishu-facts.md).
//
// Months are keyed `YYYY-MM`. Feishu does not document in which time zone its monthly quota
// resets, so by default months are in the machine's local time (the "1st of the month" the user
// sees); pass `{ utcOffsetMinutes: 480 }` to count in Beijing time (UTC+8) instead.

export type MonthZone = 'local' | { utcOffsetMinutes: number };

export interface CallCounterState {
  version: 1;
  /** `YYYY-MM` → calls made that month. */
  months: Record<string, number>;
}

/** How many months are kept: this one plus a year of history, so the file stays small. */
export const MONTHS_KEPT = 13;

export function createCallCounterState(): CallCounterState {
  return { version: 1, months: {} };
}

export function monthKey(now: number, zone: MonthZone = 'local'): string {
  const { year, month } = monthOf(now, zone);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}`;
}

/** Epoch ms of 00:00 on the 1st of the month after `now`'s month, in `zone`. */
export function startOfNextMonth(now: number, zone: MonthZone = 'local'): number {
  const { year, month } = monthOf(now, zone);
  if (zone === 'local') return new Date(year, month + 1, 1, 0, 0, 0, 0).getTime();
  return Date.UTC(year, month + 1, 1) - zone.utcOffsetMinutes * 60_000;
}

export function recordCalls(
  state: CallCounterState,
  calls: number,
  now: number,
  zone: MonthZone = 'local',
): CallCounterState {
  if (!Number.isFinite(calls) || calls <= 0) return state;
  const key = monthKey(now, zone);
  const months = { ...state.months, [key]: (state.months[key] ?? 0) + Math.round(calls) };
  const kept = Object.keys(months).sort().slice(-MONTHS_KEPT);
  return { version: 1, months: Object.fromEntries(kept.map((k) => [k, months[k] ?? 0])) };
}

export function callsThisMonth(state: CallCounterState, now: number, zone: MonthZone = 'local'): number {
  return state.months[monthKey(now, zone)] ?? 0;
}

const callCounterSchema = z.object({
  version: z.literal(1),
  months: z.record(z.string().regex(/^\d{4}-\d{2}$/), z.number().int().nonnegative()),
});

/** Strict: throws on a bad shape (lets json-state-file keep a backup of the broken file). */
export function parseCallCounterState(input: unknown): CallCounterState {
  return callCounterSchema.parse(input);
}

function monthOf(now: number, zone: MonthZone): { year: number; month: number } {
  if (zone === 'local') {
    const date = new Date(now);
    return { year: date.getFullYear(), month: date.getMonth() };
  }
  const shifted = new Date(now + zone.utcOffsetMinutes * 60_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() };
}
