import type { ClockPort, TimerHandle } from './clock-port';

// Node and browsers overflow a timer past 2^31-1 ms (~24.8 days) and fire it at once. A quota
// stop waits until the 1st of next month, which can be longer, so long waits are chained.
export const MAX_TIMER_MS = 2_147_483_647;

/** Calls `fn` once, `ms` from now by the clock; returns a cancel function. */
export function setLongTimer(clock: ClockPort, fn: () => void, ms: number): () => void {
  const target = clock.now() + Math.max(0, ms);
  let handle: TimerHandle | undefined;
  let cancelled = false;
  const arm = (): void => {
    if (cancelled) return;
    const remaining = target - clock.now();
    if (remaining > MAX_TIMER_MS) {
      handle = clock.setTimer(arm, MAX_TIMER_MS);
    } else {
      handle = clock.setTimer(() => {
        if (!cancelled) fn();
      }, Math.max(0, remaining));
    }
  };
  arm();
  return () => {
    cancelled = true;
    if (handle !== undefined) clock.clearTimer(handle);
  };
}
