import type { TrayStrings } from './tray-strings';

// Time as a person reads it. The UTC offset is injected (main passes the machine's), so shared/
// never depends on the process time zone and tests are exact.

const MINUTE = 60_000;

/** "09:05" in local time. */
export function formatClock(epochMs: number, utcOffsetMinutes: number): string {
  const local = new Date(epochMs + utcOffsetMinutes * MINUTE);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

/** Local calendar month (1–12) and day. */
export function localMonthDay(epochMs: number, utcOffsetMinutes: number): { month: number; day: number } {
  const local = new Date(epochMs + utcOffsetMinutes * MINUTE);
  return { month: local.getUTCMonth() + 1, day: local.getUTCDate() };
}

/** "just now", "12 min ago", "3 h ago", "2 d ago". Future times (clock skew) read as now. */
export function formatAge(sinceMs: number, now: number, age: TrayStrings['age']): string {
  const minutes = Math.floor(Math.max(0, now - sinceMs) / MINUTE);
  if (minutes < 1) return age.now;
  if (minutes < 60) return age.minutes(minutes);
  if (minutes < 48 * 60) return age.hours(Math.floor(minutes / 60));
  return age.days(Math.floor(minutes / (24 * 60)));
}

/** Epoch ms of the next local `hour`:00 after `now` (tomorrow's if today's has passed). */
export function nextLocalHour(now: number, hour: number, utcOffsetMinutes: number): number {
  const offsetMs = utcOffsetMinutes * MINUTE;
  const local = new Date(now + offsetMs);
  const target = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate(), hour) - offsetMs;
  return target > now ? target : target + 24 * 60 * MINUTE;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
