import type { SandboxData } from './sandbox-types';

// New to-do tasks "arrive" every `everyMs` of the injected clock. Nothing runs on a timer: each
// request first catches up on the arrivals due since the start, so tests just move the clock.

const MAX_CATCH_UP = 1000;

export function createArrivals(options: { now: () => number; everyMs?: number; data: SandboxData }): { catchUp(): void } {
  const { now, everyMs, data } = options;
  const start = now();
  let arrived = 0;
  return {
    catchUp() {
      if (!everyMs || everyMs <= 0) return;
      const due = Math.floor((now() - start) / everyMs);
      // After a huge clock jump (a laptop waking up) add a bounded number, not millions.
      arrived = Math.max(arrived, due - MAX_CATCH_UP);
      while (arrived < due) {
        data.addTask('1');
        arrived += 1;
      }
    },
  };
}
