// Whether a moment falls in the user's quiet hours ('HH:MM'–'HH:MM', local time). A range whose
// end is before its start runs across midnight (22:00–08:00); equal ends mean no quiet time.

export interface QuietHours {
  enabled: boolean;
  start: string;
  end: string;
}

export function isQuietTime(quiet: QuietHours, now: number, utcOffsetMinutes: number): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  if (start === null || end === null || start === end) return false;
  const local = new Date(now + utcOffsetMinutes * 60_000);
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** 'HH:MM' → minutes since midnight; null for anything else (settings repair defaults it). */
export function minutesOfDay(clock: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(clock);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
