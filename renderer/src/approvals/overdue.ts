// How late a to-do is, by the thresholds in Settings → Approvals. Counted from when the task
// reached me (waitingSince), not from submission: a request may have sat with others first.

export type OverdueLevel = 'none' | 'amber' | 'red';

export interface OverdueThresholds {
  amberAfterHours: number;
  redAfterHours: number;
}

const HOUR = 3_600_000;

export function overdueLevel(waitingSince: number | null | undefined, now: number, thresholds: OverdueThresholds): OverdueLevel {
  if (waitingSince === null || waitingSince === undefined) return 'none';
  const hours = (now - waitingSince) / HOUR;
  if (hours >= thresholds.redAfterHours) return 'red';
  if (hours >= thresholds.amberAfterHours) return 'amber';
  return 'none';
}
