// Requests per client address in a fixed one-minute window. Enough to stop a runaway client or
// a guessing script; it is not a substitute for keeping the broker on the company network.

export interface RateLimiter {
  /** Counts one request; `retryAfterSec` says when the address may try again if refused. */
  take(key: string): { ok: true } | { ok: false; retryAfterSec: number };
}

export function createRateLimiter(options: { perWindow: number; windowMs?: number; now(): number }): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  let windowStart = options.now();
  // One map per window: the previous window's addresses are dropped whole, so memory stays bounded.
  let counts = new Map<string, number>();
  return {
    take(key) {
      const now = options.now();
      if (now - windowStart >= windowMs) {
        windowStart = now - ((now - windowStart) % windowMs);
        counts = new Map();
      }
      const used = (counts.get(key) ?? 0) + 1;
      counts.set(key, used);
      if (used <= options.perWindow) return { ok: true };
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((windowStart + windowMs - now) / 1000)) };
    },
  };
}
