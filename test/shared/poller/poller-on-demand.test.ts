import { describe, expect, it } from 'vitest';
import { createPoller } from '../../../shared/poller/poller';
import { createFakeFetch, deferred, topicResult } from './fake-fetch';
import { createManualClock } from './manual-clock';

// Fetches the window asks for: fetchOnly() costs exactly the topics asked for, keeps the poll's
// schedule, and covers() says what a cycle in flight or queued will fetch anyway.

const MINUTE = 60_000;

function setup(polled: ('1' | '17')[] = ['1']) {
  const clock = createManualClock();
  const fake = createFakeFetch(clock.now);
  const poller = createPoller({ clock, random: () => 0.5, fetchTopic: fake.fetchTopic, topics: () => polled, intervalMs: () => 10 * MINUTE, onEvent: () => undefined });
  const fetchedAt = () => fake.times().map((at) => at - t0);
  const t0 = clock.now();
  return { clock, fake, poller, fetchedAt };
}

describe('fetchOnly', () => {
  it('fetches just the topics asked for, and the next poll keeps its time', async () => {
    const { clock, poller, fake, fetchedAt } = setup();
    poller.start();
    await clock.advance(3 * MINUTE);
    await poller.fetchOnly(['2']);
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '2']);
    await clock.advance(7 * MINUTE);
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '2', '1']);
    expect(fetchedAt()).toEqual([0, 3 * MINUTE, 10 * MINUTE]);
  });

  it('asked during a cycle, it runs after it without fetching the polled topics again', async () => {
    const gate = deferred<void>();
    const { clock, poller, fake } = setup();
    fake.then(async () => {
      await gate.promise;
      return topicResult('1');
    });
    poller.start();
    await clock.flush();
    const later = poller.fetchOnly(['3']);
    gate.resolve();
    await later;
    expect(fake.log.map((entry) => entry.topic)).toEqual(['1', '3']);
    expect(fake.maxActive()).toBe(1);
  });
});

describe('covers', () => {
  it('is true for a topic the cycle in flight has yet to fetch, false once it is fetched', async () => {
    const gate = deferred<void>();
    const { clock, poller, fake } = setup(['1', '17']);
    fake.then(topicResult('1'), async () => {
      await gate.promise;
      return topicResult('17');
    });
    expect(poller.covers('1')).toBe(false);
    poller.start();
    await clock.flush();
    expect([poller.covers('1'), poller.covers('17'), poller.covers('2')]).toEqual([false, true, false]);
    gate.resolve();
    await clock.flush();
    expect(poller.covers('17')).toBe(false);
  });

  it('is true for what a queued cycle will fetch: the polled topics of a refresh, the asked ones', async () => {
    const gate = deferred<void>();
    const { clock, poller, fake } = setup();
    fake.then(async () => {
      await gate.promise;
      return topicResult('1');
    });
    poller.start();
    await clock.flush();
    void poller.fetchOnly(['2']);
    expect([poller.covers('1'), poller.covers('2'), poller.covers('3')]).toEqual([true, true, false]);
    gate.resolve();
    await clock.flush();
    void poller.refreshNow(['3']);
    expect([poller.covers('1'), poller.covers('3')]).toEqual([true, true]);
  });
});
