import type { ClockPort, TimerHandle } from '../../../shared/poller/clock-port';

// A clock the test moves by hand. advance() fires due timers in time order and lets the
// promises they start settle before moving on, so async poll cycles finish "instantly".

export interface ManualClock extends ClockPort {
  advance(ms: number): Promise<void>;
  /** Lets pending promise chains settle without moving time. */
  flush(): Promise<void>;
  /** Delays (from now) of the timers still armed, soonest first. */
  armed(): number[];
  /** Every delay ever passed to setTimer, in order. */
  requested: number[];
}

export function createManualClock(start = 1_000_000): ManualClock {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const requested: number[] = [];

  const flush = async (): Promise<void> => {
    for (let i = 0; i < 5; i += 1) await new Promise<void>((resolve) => setImmediate(resolve));
  };

  return {
    now: () => now,
    setTimer(fn: () => void, ms: number): TimerHandle {
      const id = nextId++;
      requested.push(ms);
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimer(handle: TimerHandle) {
      timers.delete(handle as number);
    },
    async advance(ms: number) {
      const target = now + ms;
      await flush();
      for (;;) {
        let dueId: number | undefined;
        let dueAt = Infinity;
        for (const [id, timer] of timers) {
          if (timer.at <= target && timer.at < dueAt) {
            dueId = id;
            dueAt = timer.at;
          }
        }
        if (dueId === undefined) break;
        const timer = timers.get(dueId);
        timers.delete(dueId);
        now = dueAt;
        timer?.fn();
        await flush();
      }
      now = target;
      await flush();
    },
    flush,
    armed: () => [...timers.values()].map((t) => t.at - now).sort((a, b) => a - b),
    requested,
  };
}
