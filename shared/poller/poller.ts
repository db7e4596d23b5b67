import { startOfNextMonth } from '../quota/call-counter';
import type { TopicCode } from '../tasks/topic';
import { DEFAULT_BACKOFF, DEFAULT_JITTER_RATIO, jitteredInterval } from './backoff';
import { planAfterFailure } from './failure-plan';
import { setLongTimer } from './long-timer';
import { runPollCycle } from './poll-cycle';
import type { CycleOutcome } from './poll-cycle';
import type { PollerStatus } from './poller-status';
import type { Poller, PollerEvent, PollerOptions } from './poller-types';

export type { Poller, PollerEvent, PollerOptions } from './poller-types';

// The one polling loop. At most one cycle runs at a time: refreshNow/resume during a cycle queue
// one follow-up cycle (coalesced), and nothing runs before a rate limit's wait is over. A cycle
// asked for by fetchOnly fetches only its topics (unless a poll joins the queue) and leaves the
// poll's timer alone.

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
  let pending: { topics: Set<TopicCode>; polled: boolean; waiters: Array<() => void> } | null = null;
  let unfetched: Set<TopicCode> | null = null; // what the cycle in flight has yet to fetch

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
      void request([], true);
    }, ms);
  };
  const planPoll = (ms: number): void => {
    if (started && !paused) armPoll(ms);
  };

  /** Queues `extra` (plus the polled topics when `polled`) for the next cycle, and runs it if it can. */
  function request(extra: readonly TopicCode[], polled: boolean): Promise<void> {
    const batch = pending ?? (pending = { topics: new Set(), polled, waiters: [] });
    batch.polled ||= polled;
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
    inFlight = runCycle([...batch.topics], batch.polled)
      .catch(() => undefined) // only a throwing topics()/intervalMs() gets here; never unhandled
      .finally(() => {
        inFlight = null;
        for (const resolve of batch.waiters) resolve();
        kick();
      });
  }

  async function runCycle(extra: readonly TopicCode[], polled: boolean): Promise<void> {
    // A cycle for on-demand topics only leaves the next poll where it was.
    if (polled) clearPoll();
    const cycleGeneration = generation;
    const current = (): boolean => cycleGeneration === generation;
    const topics = [...new Set([...(polled ? options.topics() : []), ...extra])];
    unfetched = new Set(topics);
    setStatus({ kind: 'updating', lastSuccessAt });
    const controller = options.createAbortController?.();
    abortInFlight = controller ? () => controller.abort() : null;
    let outcome: CycleOutcome;
    try {
      outcome = await runPollCycle({
        topics,
        fetchTopic: options.fetchTopic,
        signal: controller?.signal,
        onResult: (topic, result) => (unfetched?.delete(topic), current() && emit({ type: 'result', topic, result })),
        onError: (topic, error) => (unfetched?.delete(topic), current() && emit({ type: 'error', topic, error })),
        onCalls: (count) => {
          if (count <= 0) return;
          totalCalls += count;
          options.onCalls?.(count);
        },
      });
    } finally {
      abortInFlight = null;
      unfetched = null;
    }
    if (current()) settle(outcome, polled);
  }

  function settle(outcome: CycleOutcome, polled: boolean): void {
    const now = clock.now();
    if (outcome.ok) {
      // "Updated at" is about the polled topics; an on-demand fetch keeps the poll's timer.
      if (polled || lastSuccessAt === null) lastSuccessAt = now;
      failures = 0;
      offlineSince = null;
      show({ kind: 'idle', lastSuccessAt });
      if (polled || !cancelPoll) planPoll(jitteredInterval(options.intervalMs(), jitter, options.random));
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

  function polledNow(): TopicCode[] {
    try {
      return options.topics();
    } catch {
      return [];
    }
  }

  function resume(): void {
    const wasPaused = paused !== null;
    paused = null;
    clearPauseEnd();
    if (wasPaused || status.kind === 'stopped') void request([], true);
  }

  return {
    start() {
      if (started) return;
      started = true;
      void request([], true);
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
      return request(topics, true);
    },
    fetchOnly(topics) {
      return request(topics, false);
    },
    covers(topic) {
      if (unfetched?.has(topic)) return true;
      if (!pending) return false;
      return pending.topics.has(topic) || (pending.polled && polledNow().includes(topic));
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
