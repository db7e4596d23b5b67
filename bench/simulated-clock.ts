// A simulated clock for the benches: timers fire in order when asked, time jumps to each, and
// the wake-ups are counted (what an idle app costs).

/** A simulated clock that counts how often it wakes the process. */
export function createSimulatedClock(start: number) {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let woken = 0;
  return {
    now: () => now,
    setTimer: (fn: () => void, ms: number) => {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), fn });
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    /** Fires the next timer due before `end`; false when none is. */
    fireNext(end: number): boolean {
      let due: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of timers) if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) return false;
      timers.delete(due[0]);
      now = due[1].at;
      woken++;
      due[1].fn();
      return true;
    },
    woken: () => woken,
    jump: (to: number) => void (now = to),
  };
}
