import { isApiError } from './api-error';

// One-shot callers (the CLI's `tasks` and `count`) retry what may pass by itself — network,
// server, malformed (often a cut-off answer) and rate limits — a few times before giving up.
// The poller does not use this: it has its own schedule and status for the same errors.
// (p-retry, the usual library, needs Node 22; this is the few lines we need of it.)

export interface TransientRetryOptions {
  sleep(ms: number): Promise<void>;
  /** Tries in total, the first included. */
  attempts?: number;
  baseDelayMs?: number;
  /** A rate limit asking for longer than this is not waited out: the caller reports it. */
  maxWaitMs?: number;
}

const TRANSIENT = new Set(['network', 'server', 'malformed', 'rate-limited']);

export async function withTransientRetries<T>(run: () => Promise<T>, options: TransientRetryOptions): Promise<T> {
  const attempts = options.attempts ?? 3;
  const baseDelayMs = options.baseDelayMs ?? 1000;
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (!isApiError(error) || !TRANSIENT.has(error.kind) || attempt >= attempts) throw error;
      const wait = error.kind === 'rate-limited' && error.retryAfterMs !== undefined ? error.retryAfterMs : baseDelayMs * 2 ** (attempt - 1);
      if (wait > maxWaitMs) throw error;
      await options.sleep(wait);
    }
  }
}
