import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/feishu/api-error';
import type { ApiErrorKind } from '../../../shared/feishu/api-error';
import { createPoller } from '../../../shared/poller/poller';
import type { PollerEvent, PollerOptions } from '../../../shared/poller/poller';
import type { PollerStatus } from '../../../shared/poller/poller-status';
import { createFakeFetch, deferred, topicResult } from './fake-fetch';
import { createManualClock } from './manual-clock';

const MINUTE = 60_000;

function apiError(kind: ApiErrorKind, extra: { retryAfterMs?: number } = {}): ApiError {
  return new ApiError({ kind, message: `${kind} happened`, ...extra });
}

function setup(overrides: Partial<PollerOptions> = {}) {
  const clock = createManualClock();
  const fake = createFakeFetch(clock.now);
  const events: PollerEvent[] = [];
  const spent: number[] = [];
  const poller = createPoller({
    clock,
    random: () => 0.5,
    fetchTopic: fake.fetchTopic,
    topics: () => ['1'],
    intervalMs: () => MINUTE,
    backoff: { baseMs: 1_000, maxMs: 8_000 },
    onEvent: (event) => events.push(event),
    onCalls: (count) => spent.push(count),
    ...overrides,
  });
  const statuses = (): PollerStatus[] =>
    events.flatMap((event) => (event.type === 'status' ? [event.status] : []));
  /** Fetch times relative to the clock's start. */
  const fetchedAt = (): number[] => fake.times().map((at) => at - t0);
  const t0 = clock.now();
  return { clock, fake, poller, events, statuses, spent, fetchedAt, t0 };
}

describe('poller schedule', () => {
  it('polls at start, then once per interval, reporting updating then idle', async () => {
    const { clock, poller, fetchedAt, statuses, t0 } = setup();
    poller.start();
    await clock.advance(3 * MINUTE);
    expect(fetchedAt()).toEqual([0, MINUTE, 2 * MINUTE, 3 * MINUTE]);
    expect(statuses().slice(0, 2)).toEqual([
      { kind: 'updating', lastSuccessAt: null },
      { kind: 'idle', lastSuccessAt: t0 },
    ]);
    expect(poller.status()).toEqual({ kind: 'idle', lastSuccessAt: t0 + 3 * MINUTE });
  });

  it('spreads the interval by the jitter ratio both ways', async () => {
    for (const [random, expected] of [
      [0, 0.8 * MINUTE],
      [0.999999, 1.2 * MINUTE],
    ] as const) {
      const { clock, poller, fetchedAt } = setup({ random: () => random, jitterRatio: 0.2 });
      poller.start();
      await clock.advance(expected - 1);
      expect(fetchedAt()).toHaveLength(1);
      await clock.advance(1);
      expect(fetchedAt()).toHaveLength(2);
      poller.stop();
    }
  });

  it('reads the topics and the interval afresh at every cycle', async () => {
    let topics: Array<'1' | '17'> = ['1'];
    let interval = MINUTE;
    const { clock, poller, fake } = setup({ topics: () => topics, intervalMs: () => interval });
    poller.start();
    await clock.flush();
    topics = ['1', '17'];
    interval = 5 * MINUTE;
    await clock.advance(MINUTE); // the already-armed timer still fires after one minute
    await clock.advance(5 * MINUTE);
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '1', '17', '1', '17']);
  });

  it('stop() ends the loop and ignores the answer of the cycle in flight', async () => {
    const gate = deferred<void>();
    const aborted: boolean[] = [];
    const { clock, poller, fake, events } = setup({
      createAbortController: () => {
        const controller = new AbortController();
        controller.signal.addEventListener('abort', () => aborted.push(true));
        return controller;
      },
    });
    fake.then(async () => {
      await gate.promise;
      return topicResult('1', 3);
    });
    poller.start();
    await clock.flush();
    const before = events.length;
    poller.stop();
    gate.resolve();
    await clock.advance(10 * MINUTE);
    expect(aborted).toEqual([true]);
    expect(events.length).toBe(before);
    expect(fake.log).toHaveLength(1);
    expect(poller.calls()).toBe(3); // spent calls still count against the quota
  });

  it('keeps a wait longer than a platform timer allows (quota stop) in one piece', async () => {
    const { clock, poller, fake } = setup({ quotaResetAt: (now) => now + 40 * 24 * 60 * MINUTE });
    fake.then(apiError('quota-exhausted'));
    poller.start();
    await clock.advance(40 * 24 * 60 * MINUTE - 1);
    expect(fake.log).toHaveLength(1);
    expect(clock.requested.every((ms) => ms <= 2_147_483_647)).toBe(true);
    await clock.advance(1);
    expect(fake.log).toHaveLength(2);
  });
});

describe('poller failures', () => {
  it('backs off exponentially up to the cap on server, network and malformed errors, then resets', async () => {
    const { clock, poller, fake, fetchedAt, t0 } = setup({ random: () => 0 });
    fake.then(
      apiError('server'),
      apiError('network'),
      apiError('malformed'),
      apiError('server'),
      apiError('server'),
      topicResult('1'),
      apiError('server'),
    );
    poller.start();
    await clock.advance(1_000 + 2_000 + 4_000 + 8_000 + 8_000 + 0.9 * MINUTE + 1_000);
    const times = fetchedAt();
    const gaps = times.slice(1).map((at, i) => at - (times[i] ?? 0));
    expect(gaps).toEqual([1_000, 2_000, 4_000, 8_000, 8_000, 0.9 * MINUTE, 1_000]);
    // the retry 1 s after the last error succeeded (the script ran out): back to idle
    expect(poller.status()).toEqual({ kind: 'idle', lastSuccessAt: t0 + 23_000 + 0.9 * MINUTE + 1_000 });
  });

  it('reports offline with the error message, the retry time and since when', async () => {
    const { clock, poller, fake, t0 } = setup({ random: () => 0 });
    fake.then(apiError('network'), apiError('network'));
    poller.start();
    await clock.advance(1_000);
    expect(poller.status()).toEqual({
      kind: 'offline',
      lastSuccessAt: null,
      retryAt: t0 + 3_000,
      message: 'network happened',
      since: t0,
    });
  });

  it('shortens a backoff delay by at most the jitter ratio, never beyond the cap', async () => {
    const { clock, poller, fake, fetchedAt } = setup({ random: () => 0.999999, jitterRatio: 0.5 });
    fake.then(apiError('server'));
    poller.start();
    await clock.advance(10_000);
    expect(fetchedAt()[1]).toBe(500);
  });

  it('waits exactly retryAfterMs on a rate limit, and refreshNow cannot jump the wait', async () => {
    const { clock, poller, fake, fetchedAt, t0 } = setup();
    fake.then(apiError('rate-limited', { retryAfterMs: 7_000 }));
    poller.start();
    await clock.flush();
    expect(poller.status()).toEqual({ kind: 'rate-limited', lastSuccessAt: null, retryAt: t0 + 7_000 });
    let refreshed = false;
    void poller.refreshNow().then(() => (refreshed = true));
    await clock.advance(6_999);
    expect(fetchedAt()).toEqual([0]);
    expect(refreshed).toBe(false);
    await clock.advance(1);
    expect(fetchedAt()).toEqual([0, 7_000]);
    expect(refreshed).toBe(true);
  });

  it('falls back to backoff when a rate limit names no wait', async () => {
    const { clock, poller, fake, fetchedAt } = setup({ random: () => 0 });
    fake.then(apiError('rate-limited'), apiError('rate-limited'));
    poller.start();
    await clock.advance(3_000);
    expect(fetchedAt()).toEqual([0, 1_000, 3_000]);
  });

  it('treats an unexpected throw as malformed and backs off', async () => {
    const { clock, poller, fake, events, fetchedAt } = setup({ random: () => 0 });
    fake.then(new TypeError('boom with a secret'));
    poller.start();
    await clock.advance(1_000);
    const error = events.find((event) => event.type === 'error');
    expect(error).toMatchObject({ type: 'error', topic: '1', error: { kind: 'malformed' } });
    expect(JSON.stringify(error)).not.toContain('secret');
    expect(fetchedAt()).toEqual([0, 1_000]);
  });

  const stopping: ApiErrorKind[] = ['auth-expired', 'auth-invalid', 'permission', 'quota-exhausted', 'bad-request'];
  for (const kind of stopping) {
    it(`stops on ${kind} until resume() or refreshNow()`, async () => {
      const { clock, poller, fake, events } = setup({ quotaResetAt: (now) => now + 365 * 24 * 60 * MINUTE });
      fake.then(apiError(kind), apiError(kind));
      poller.start();
      await clock.advance(24 * 60 * MINUTE);
      expect(fake.log).toHaveLength(1);
      expect(poller.status()).toMatchObject({ kind: 'stopped', reason: kind, message: `${kind} happened` });
      expect(events).toContainEqual({ type: 'error', topic: '1', error: expect.objectContaining({ kind }) });
      await poller.refreshNow();
      expect(fake.log).toHaveLength(2);
      expect(poller.status()).toMatchObject({ kind: 'stopped', reason: kind });
      poller.resume();
      await clock.flush();
      expect(fake.log).toHaveLength(3);
      expect(poller.status().kind).toBe('idle');
      await clock.advance(MINUTE);
      expect(fake.log).toHaveLength(4); // polling goes on as usual
    });
  }

  it('says when a quota stop ends, and polls again then by itself', async () => {
    const { clock, poller, fake, t0 } = setup({ quotaResetAt: (now) => now + 3 * 60 * MINUTE });
    fake.then(apiError('quota-exhausted'));
    poller.start();
    await clock.flush();
    expect(poller.status()).toMatchObject({ kind: 'stopped', reason: 'quota-exhausted', resumeAt: t0 + 3 * 60 * MINUTE });
    await clock.advance(3 * 60 * MINUTE);
    expect(fake.log).toHaveLength(2);
    expect(poller.status().kind).toBe('idle');
  });

  it('defaults the quota stop to the start of next month', async () => {
    const { clock, poller, fake, t0 } = setup({ quotaResetAt: undefined });
    fake.then(apiError('quota-exhausted'));
    poller.start();
    await clock.flush();
    const status = poller.status();
    const startOfNext = new Date(new Date(t0).getFullYear(), new Date(t0).getMonth() + 1, 1).getTime();
    expect(status.kind === 'stopped' && status.resumeAt).toBe(startOfNext);
  });
});

describe('poller pause and refresh', () => {
  it('pauses until a time, then polls at once and carries on', async () => {
    const { clock, poller, fetchedAt, t0 } = setup();
    poller.start();
    await clock.flush();
    poller.pause(t0 + 10 * MINUTE);
    expect(poller.status()).toEqual({ kind: 'paused', lastSuccessAt: t0, until: t0 + 10 * MINUTE });
    await clock.advance(10 * MINUTE - 1);
    expect(fetchedAt()).toEqual([0]);
    await clock.advance(1);
    expect(fetchedAt()).toEqual([0, 10 * MINUTE]);
    await clock.advance(MINUTE);
    expect(fetchedAt()).toEqual([0, 10 * MINUTE, 11 * MINUTE]);
  });

  it('pauses indefinitely until resume()', async () => {
    const { clock, poller, fetchedAt } = setup();
    poller.start();
    await clock.flush();
    poller.pause(null);
    await clock.advance(48 * 60 * MINUTE);
    expect(fetchedAt()).toEqual([0]);
    poller.resume();
    await clock.flush();
    expect(fetchedAt()).toEqual([0, 48 * 60 * MINUTE]);
    expect(poller.status().kind).toBe('idle');
  });

  it('a refresh while paused fetches once and stays paused', async () => {
    const { clock, poller, fetchedAt } = setup();
    poller.start();
    await clock.flush();
    poller.pause(null);
    await poller.refreshNow();
    expect(fetchedAt()).toEqual([0, 0]);
    expect(poller.status()).toMatchObject({ kind: 'paused', until: null });
    await clock.advance(10 * MINUTE);
    expect(fetchedAt()).toHaveLength(2);
  });

  it('a pause during a cycle lets it finish and then stays paused', async () => {
    const gate = deferred<void>();
    const { clock, poller, fake, events } = setup();
    fake.then(async () => {
      await gate.promise;
      return topicResult('1');
    });
    poller.start();
    await clock.flush();
    poller.pause(null);
    gate.resolve();
    await clock.advance(10 * MINUTE);
    expect(events.some((event) => event.type === 'result')).toBe(true);
    expect(poller.status()).toMatchObject({ kind: 'paused' });
    expect(fake.log).toHaveLength(1);
  });

  it('never runs two cycles at once: refreshes during a cycle share one follow-up', async () => {
    const gate = deferred<void>();
    const { clock, poller, fake } = setup();
    fake.then(async () => {
      await gate.promise;
      return topicResult('1');
    });
    poller.start();
    await clock.flush();
    const first = poller.refreshNow();
    const second = poller.refreshNow(['17']);
    await clock.flush();
    expect(fake.log).toHaveLength(1);
    gate.resolve();
    await Promise.all([first, second]);
    expect(fake.maxActive()).toBe(1);
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '1', '17']);
  });

  it('refreshNow(topics) also fetches on-demand topics outside the polled set, once each', async () => {
    const { clock, poller, fake, events } = setup();
    await poller.refreshNow(['2', '1', '2']);
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '2']);
    expect(events.filter((event) => event.type === 'result').map((event) => event.type === 'result' && event.topic)).toEqual(['1', '2']);
    await clock.advance(10 * MINUTE);
    expect(fake.log).toHaveLength(2); // not started: a refresh does not start the loop
  });

  it('stops at the first failing topic of a cycle', async () => {
    const { poller, fake } = setup({ topics: () => ['1', '2', '3'] });
    fake.then(topicResult('1'), apiError('server'));
    await poller.refreshNow();
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '2']);
  });
});

describe('poller call counting', () => {
  it('sums result.calls, counts an answered error as one call and a network error as none', async () => {
    const { poller, fake, spent } = setup({ topics: () => ['1', '2'] });
    fake.then(topicResult('1', 3), topicResult('2', 2));
    await poller.refreshNow();
    fake.then(topicResult('1', 1), apiError('server'));
    await poller.refreshNow();
    fake.then(apiError('network'));
    await poller.refreshNow();
    fake.then(apiError('rate-limited', { retryAfterMs: 0 }));
    await poller.refreshNow();
    expect(poller.calls()).toBe(3 + 2 + 1 + 1 + 0 + 1);
    expect(spent).toEqual([3, 2, 1, 1, 1]);
  });
});

describe('poller robustness', () => {
  it('keeps polling when an event listener throws', async () => {
    const { clock, fake } = setup();
    const poller = createPoller({
      clock,
      random: () => 0.5,
      fetchTopic: fake.fetchTopic,
      topics: () => ['1'],
      intervalMs: () => MINUTE,
      onEvent: (event) => {
        if (event.type === 'result') throw new Error('listener bug');
      },
    });
    poller.start();
    await clock.advance(2 * MINUTE);
    expect(fake.log).toHaveLength(3);
    expect(poller.status().kind).toBe('idle');
  });

  it('settles refreshNow even when reading the topics throws', async () => {
    const { poller } = setup({
      topics: () => {
        throw new Error('settings broken');
      },
    });
    await expect(poller.refreshNow()).resolves.toBeUndefined();
  });

  it('stop() releases a refresh still waiting out a rate limit', async () => {
    const { clock, poller, fake } = setup();
    fake.then(apiError('rate-limited', { retryAfterMs: 60 * MINUTE }));
    poller.start();
    await clock.flush();
    const waiting = poller.refreshNow();
    poller.stop();
    await expect(waiting).resolves.toBeUndefined();
    await clock.advance(2 * 60 * MINUTE);
    expect(fake.log).toHaveLength(1);
  });
});
