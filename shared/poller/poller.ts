import type { ApiError } from '../feishu/api-error';
import type { TopicResult } from '../feishu/tasks-client';
import { startOfNextMonth } from '../quota/call-counter';
import type { TopicCode } from '../tasks/topic';
import { DEFAULT_BACKOFF, DEFAULT_JITTER_RATIO, jitteredInterval } from './backoff';
import type { BackoffOptions } from './backoff';
import type { ClockPort } from './clock-port';
import { planAfterFailure } from './failure-plan';
import { setLongTimer } from './long-timer';
import { runPollCycle } from './poll-cycle';
import type { CycleOutcome } from './poll-cycle';
import type { PollerStatus } from './poller-status';

// The one polling loop. At most one cycle runs at a time: refreshNow/resume during a cycle queue
// one follow-up cycle (coalesced), and nothing runs before a rate limit's wait is over.

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
  /** No polling until `until` (epoch ms) or, with null, until resume(). */
  pause(until: number | null): void;
  /** Ends a pause or a stop and polls at once. */
  resume(): void;
  status(): PollerStatus;
  /** API calls made since the poller was created. */
  calls(): number;
}

export function createPoller(options: PollerOptions): Poller {
  const { clock } = options;
  const jitter = options.jitterRatio ?? DEFAULT_JITTER_RATIO;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;
  const quotaResetAt = options.quotaResetAt ?? ((now: number) => startOfNextMonth(now));

  let started = false;
  let generation = 0; // bumped by stop(): a cycle begun before reports nothing
  let status: PollerStatus = { kind: 'idle', lastSuccessAt: null };
  let lastSuccessAt: number | null = null;
  let failures = 0;
  let offlineSince: number | null = null;
  let rateLimitedUntil = 0;
  let paused: { until: number | null } | null = null;
  let totalCalls = 0;
  let cancelPoll: (() => void) | null = null;
  let cancelPauseEnd: (() => void) | null = null;
  let inFlight: Promise<void> | null = null;
  let abortInFlight: (() => void) | null = null;
  let pending: { topics: Set<TopicCode>; waiters: Array<() => void> } | null = null;

  const emit = (event: PollerEvent): void => {
    try {
      options.onEvent(event);
    } catch {
      // A listener's bug must not stop polling (or fail the cycle as if the API had).
    }
  };
  const setStatus = (next: PollerStatus): void => {
    status = next;
    emit({ type: 'status', status: next });
  };
  /** Shows `next` unless a pause is what the user should see. */
  const show = (next: PollerStatus): void =>
    setStatus(paused ? { kind: 'paused', lastSuccessAt, until: paused.until } : next);

  const clearPoll = (): void => {
    cancelPoll?.();
    cancelPoll = null;
  };
  const clearPauseEnd = (): void => {
    cancelPauseEnd?.();
    cancelPauseEnd = null;
  };
  const armPoll = (ms: number): void => {
    clearPoll();
    cancelPoll = setLongTimer(clock, () => {
      cancelPoll = null;
      void request([]);
    }, ms);
  };
  const planPoll = (ms: number): void => {
    if (started && !paused) armPoll(ms);
  };

  function request(extra: readonly TopicCode[]): Promise<void> {
    const batch = pending ?? (pending = { topics: new Set(), waiters: [] });
    for (const topic of extra) batch.topics.add(topic);
    const done = new Promise<void>((resolve) => batch.waiters.push(resolve));
    kick();
    return done;
  }

  function kick(): void {
    if (inFlight || !pending) return;
    const wait = rateLimitedUntil - clock.now();
    if (wait > 0) {
      armPoll(wait); // the timer's request picks up what is pending
      return;
    }
    const batch = pending;
    pending = null;
    inFlight = runCycle([...batch.topics])
      .catch(() => undefined) // only a throwing topics()/intervalMs() gets here; never unhandled
      .finally(() => {
        inFlight = null;
        for (const resolve of batch.waiters) resolve();
        kick();
      });
  }

  async function runCycle(extra: readonly TopicCode[]): Promise<void> {
    clearPoll();
    const cycleGeneration = generation;
    const current = (): boolean => cycleGeneration === generation;
    const topics = [...new Set([...options.topics(), ...extra])];
    setStatus({ kind: 'updating', lastSuccessAt });
    const controller = options.createAbortController?.();
    abortInFlight = controller ? () => controller.abort() : null;
    let outcome: CycleOutcome;
    try {
      outcome = await runPollCycle({
        topics,
        fetchTopic: options.fetchTopic,
        signal: controller?.signal,
        onResult: (topic, result) => current() && emit({ type: 'result', topic, result }),
        onError: (topic, error) => current() && emit({ type: 'error', topic, error }),
        onCalls: (count) => {
          if (count <= 0) return;
          totalCalls += count;
          options.onCalls?.(count);
        },
      });
    } finally {
      abortInFlight = null;
    }
    if (current()) settle(outcome);
  }

  function settle(outcome: CycleOutcome): void {
    const now = clock.now();
    if (outcome.ok) {
      lastSuccessAt = now;
      failures = 0;
      offlineSince = null;
      show({ kind: 'idle', lastSuccessAt });
      planPoll(jitteredInterval(options.intervalMs(), jitter, options.random));
      return;
    }
    const { error } = outcome;
    const plan = planAfterFailure(error, { now, failures, backoff, jitterRatio: jitter, random: options.random, quotaResetAt });
    if (plan.kind === 'stop') {
      failures = 0;
      offlineSince = null;
      paused = null;
      clearPauseEnd();
      const stop = { kind: 'stopped', lastSuccessAt, reason: error.kind, message: error.message } as const;
      setStatus(plan.resumeAt === undefined ? stop : { ...stop, resumeAt: plan.resumeAt });
      if (plan.resumeAt !== undefined && started) armPoll(plan.resumeAt - now);
      return;
    }
    failures = plan.failures;
    const retryAt = now + plan.wait;
    if (plan.kind === 'rate-limited') {
      rateLimitedUntil = retryAt;
      show({ kind: 'rate-limited', lastSuccessAt, retryAt });
    } else {
      offlineSince ??= now;
      show({ kind: 'offline', lastSuccessAt, retryAt, message: error.message, since: offlineSince });
    }
    planPoll(plan.wait);
  }

  function resume(): void {
    const wasPaused = paused !== null;
    paused = null;
    clearPauseEnd();
    if (wasPaused || status.kind === 'stopped') void request([]);
  }

  return {
    start() {
      if (started) return;
      started = true;
      void request([]);
    },
    stop() {
      started = false;
      generation += 1;
      paused = null;
      clearPoll();
      clearPauseEnd();
      abortInFlight?.();
      const dropped = pending;
      pending = null;
      for (const resolve of dropped?.waiters ?? []) resolve();
    },
    refreshNow(topics = []) {
      return request(topics);
    },
    pause(until) {
      paused = { until };
      if (!pending) clearPoll(); // keep the timer that serves an explicit refresh waiting out a rate limit
      clearPauseEnd();
      if (until !== null) cancelPauseEnd = setLongTimer(clock, resume, until - clock.now());
      setStatus({ kind: 'paused', lastSuccessAt, until });
    },
    resume,
    status: () => status,
    calls: () => totalCalls,
  };
}
