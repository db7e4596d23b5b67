import { nextLocalHour } from './local-clock';

// What the tray's pause items mean in time. "Until tomorrow" ends at the start of the next
// working morning, so pausing at 1 a.m. resumes at 8 a.m. the same day.

export type PauseChoice = 'hour' | 'tomorrow';
export const MORNING_HOUR = 8;

export function pauseUntil(choice: PauseChoice, now: number, utcOffsetMinutes: number): number {
  return choice === 'hour' ? now + 60 * 60_000 : nextLocalHour(now, MORNING_HOUR, utcOffsetMinutes);
}
