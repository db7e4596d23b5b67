import type { TopicResult } from '../feishu/tasks-client';
import type { ApiError } from '../feishu/api-error';
import type { TopicCode } from '../tasks/topic';
import type { BackoffOptions } from './backoff';
import type { ClockPort } from './clock-port';
import type { PollerStatus } from './poller-status';

// The poller's contract (poller.ts implements it), apart so its users need not read the loop.

export interface PollerOptions {
  clock: ClockPort;
  /** Returns [0, 1); injected so tests can pin the jitter. */
  random: () => number;
  fetchTopic: (topic: TopicCode, signal: AbortSignal | undefined) => Promise<TopicResult>;
  /** Read at every cycle, so settings changes apply from the next poll. */
  topics: () => TopicCode[];
  intervalMs: () => number;
  jitterRatio?: number;
  backoff?: BackoffOptions;
  onEvent: (event: PollerEvent) => void;
  /** Called with every batch of API calls spent (for the monthly call counter). */
  onCalls?: (count: number) => void;
  /** When a quota-exhausted stop ends by itself; default: startOfNextMonth in local time. */
  quotaResetAt?: (now: number) => number;
  /** Lets stop() cancel the fetch in flight; pass `() => new AbortController()`. */
  createAbortController?: () => { signal: AbortSignal; abort(): void };
}

export type PollerEvent =
  | { type: 'status'; status: PollerStatus }
  | { type: 'result'; topic: TopicCode; result: TopicResult }
  | { type: 'error'; topic: TopicCode; error: ApiError };

export interface Poller {
  /** Polls at once, then every interval. */
  start(): void;
  /** Stops the loop; a cycle in flight is aborted (if possible) and its outcome ignored. */
  stop(): void;
  /** Fetches the polled topics plus `topics` now (or right after the cycle in flight). */
  refreshNow(topics?: TopicCode[]): Promise<void>;
  /**
   * Fetches just `topics` (a topic the window wants), now or right after the cycle in flight.
   * Leaves the poll schedule alone when it succeeds.
   */
  fetchOnly(topics: TopicCode[]): Promise<void>;
  /** True while `topic` will still be fetched by the cycle in flight or the one queued after it. */
  covers(topic: TopicCode): boolean;
  /** No polling until `until` (epoch ms) or, with null, until resume(). */
  pause(until: number | null): void;
  /** Ends a pause or a stop and polls at once. */
  resume(): void;
  status(): PollerStatus;
  /** API calls made since the poller was created. */
  calls(): number;
}
