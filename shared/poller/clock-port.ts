// Time comes in through this port so the poller can be driven by a manual clock in tests and by
// the real one (Date.now + setTimeout) in the app and the CLI.

/** Whatever the clock's setTimer returns; only ever handed back to clearTimer. */
export type TimerHandle = unknown;

export interface ClockPort {
  /** Epoch milliseconds. */
  now(): number;
  setTimer(fn: () => void, ms: number): TimerHandle;
  clearTimer(handle: TimerHandle): void;
}
