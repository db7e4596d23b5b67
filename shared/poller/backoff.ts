// Delays between polls. Randomness is injected (`random` returns [0, 1)) so tests can pin it.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

/** Defaults: first retry after 15 s, doubling, never more than 15 minutes apart. */
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 15_000, maxMs: 15 * 60_000 };
export const DEFAULT_JITTER_RATIO = 0.1;

/** The regular interval spread by ±ratio so many clients do not poll in lockstep. */
export function jitteredInterval(intervalMs: number, ratio: number, random: () => number): number {
  const r = clampRatio(ratio);
  const spread = intervalMs * r * (2 * random() - 1);
  return Math.max(0, Math.round(intervalMs + spread));
}

/**
 * Delay before retry number `failures` (1 = first failure): base·2^(failures-1), capped at
 * maxMs, then shortened by up to `ratio` of itself so the cap is never exceeded.
 */
export function backoffDelay(
  failures: number,
  options: BackoffOptions,
  ratio: number,
  random: () => number,
): number {
  const exponent = Math.max(0, Math.min(failures - 1, 40));
  const capped = Math.min(options.maxMs, options.baseMs * 2 ** exponent);
  return Math.max(0, Math.round(capped * (1 - clampRatio(ratio) * random())));
}

function clampRatio(ratio: number): number {
  if (!Number.isFinite(ratio)) return 0;
  return Math.min(1, Math.max(0, ratio));
}
