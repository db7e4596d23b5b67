import type { ApiError, ApiErrorKind } from '../feishu/api-error';
import { backoffDelay } from './backoff';
import type { BackoffOptions } from './backoff';

// What the poller does after a failed cycle, decided in one pure place.

/** Errors that polling again cannot fix: stop and tell the user instead of hammering. */
export const STOPPING_KINDS: ReadonlySet<ApiErrorKind> = new Set<ApiErrorKind>([
  'auth-expired',
  'auth-invalid',
  'permission',
  'quota-exhausted',
  'bad-request',
]);

export type FailurePlan =
  /** resumeAt only for quota-exhausted: the quota comes back by itself then. */
  | { kind: 'stop'; resumeAt?: number }
  /** Retry after `wait` ms; `failures` is the new count of consecutive backed-off failures. */
  | { kind: 'rate-limited' | 'offline'; wait: number; failures: number };

export interface FailureContext {
  now: number;
  /** Consecutive backed-off failures before this one. */
  failures: number;
  backoff: BackoffOptions;
  jitterRatio: number;
  random: () => number;
  quotaResetAt: (now: number) => number;
}

export function planAfterFailure(error: ApiError, context: FailureContext): FailurePlan {
  if (STOPPING_KINDS.has(error.kind)) {
    return error.kind === 'quota-exhausted' ? { kind: 'stop', resumeAt: context.quotaResetAt(context.now) } : { kind: 'stop' };
  }
  const kind = error.kind === 'rate-limited' ? 'rate-limited' : 'offline';
  const asked = error.retryAfterMs;
  // The server's wait is exact (no jitter, no growth): it knows when the window reopens.
  if (kind === 'rate-limited' && asked !== undefined && Number.isFinite(asked) && asked >= 0) {
    return { kind, wait: asked, failures: context.failures };
  }
  const failures = context.failures + 1;
  return { kind, wait: backoffDelay(failures, context.backoff, context.jitterRatio, context.random), failures };
}
