// Calls made beside the poll's own fetches (issue #11's enrichment: GET /tasks when a poll finds
// new to-dos, GET /instances/detail once per new to-do, a detail view opened) come in bursts, not
// every cycle. The budget's interval arithmetic (call-budget.ts) spreads them over the cycles:
// what they cost per poll cycle, averaged over the last few cycles, is added to what a cycle's
// fetches cost. Pure and tiny; the call meter keeps one in memory (a restart starts from zero,
// then learns again within a few cycles).

/** Cycles averaged over: two hours at the default 5-minute interval. */
export const EXTRA_RATE_WINDOW = 24;

export interface ExtraCallRate {
  /** Extra calls of each closed cycle, oldest first, at most EXTRA_RATE_WINDOW. */
  cycles: number[];
  /** Extra calls of the cycle under way. */
  pending: number;
}

export function emptyExtraCallRate(): ExtraCallRate {
  return { cycles: [], pending: 0 };
}

export function addExtraCalls(rate: ExtraCallRate, count: number): ExtraCallRate {
  if (!Number.isFinite(count) || count <= 0) return rate;
  return { ...rate, pending: rate.pending + count };
}

/** A poll cycle began: what was counted so far belongs to the cycle before. */
export function closeCycle(rate: ExtraCallRate): ExtraCallRate {
  return { cycles: [...rate.cycles, rate.pending].slice(-EXTRA_RATE_WINDOW), pending: 0 };
}

/**
 * Extra calls one cycle costs on average. The cycle under way counts too (a burst right now is
 * not hidden until the next poll), which errs towards a longer interval, the safe side.
 */
export function extraCallsPerCycle(rate: ExtraCallRate): number {
  const total = rate.cycles.reduce((sum, calls) => sum + calls, 0) + rate.pending;
  return total / Math.max(1, rate.cycles.length);
}
