import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { STALE_ON_OPEN_MS } from '../../../shared/app/app-core';
import { createCoreHarness } from './core-harness';

// Call economy at start-up: the first poll and the window's first show (and its first request
// for the topic) must not fetch the same topic twice. One call per polled topic, no more.

// The first request of a fresh worker can take seconds on a busy machine.
const WAIT = { timeout: 10_000 };
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 3, '2': 4, '17': 2 } });
});
afterEach(() => sandbox.close());

const idle = (h: ReturnType<typeof createCoreHarness>) =>
  vi.waitFor(() => expect(h.core.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), WAIT);
const topicsFetched = (h: ReturnType<typeof createCoreHarness>) => h.apiCalls().map((r) => r.query.topic);

describe('start-up costs one call per polled topic', () => {
  it('the window shown while the first poll is in flight does not fetch to-do again', async () => {
    const h = createCoreHarness(sandbox);
    await h.core.start();
    h.core.windowShown('1');
    h.core.getTopic('1');
    await idle(h);
    await h.clock.flush();
    expect(topicsFetched(h)).toEqual(['1']);
    expect(h.core.getState().quota.callsThisMonth).toBe(1);
  });

  it('with unread CC watched: one call each, whatever the window asks for first', async () => {
    const h = createCoreHarness(sandbox, { settings: { watchCcUnread: true } });
    await h.core.start();
    h.core.getTopic('17');
    h.core.windowShown('17');
    h.core.windowShown('1');
    await idle(h);
    await h.clock.flush();
    expect(topicsFetched(h).sort()).toEqual(['1', '17']);
  });

  it('the window shown just after the first poll finished does not fetch again', async () => {
    const h = createCoreHarness(sandbox);
    await h.core.start();
    await idle(h);
    await h.clock.advance(60);
    h.core.windowShown('1');
    await h.clock.flush();
    expect(topicsFetched(h)).toEqual(['1']);
  });

  it('nor just after it failed: the poller retries on its own schedule', async () => {
    sandbox.setFault({ kind: 'server-error', times: 1 });
    const h = createCoreHarness(sandbox);
    await h.core.start();
    await vi.waitFor(() => expect(h.core.getState().poller.kind).toBe('offline'), WAIT);
    h.core.windowShown('1');
    h.core.getTopic('1');
    await vi.waitFor(() => expect(h.core.getTopic('1').loading).toBe(false), WAIT);
    expect(topicsFetched(h)).toEqual(['1']);
  });

  it('a topic the poll does not fetch is fetched once when the window shows it', async () => {
    const h = createCoreHarness(sandbox);
    await h.core.start();
    h.core.windowShown('2');
    h.core.getTopic('2');
    await vi.waitFor(() => expect(h.core.getTopic('2').tasks).toHaveLength(4), WAIT);
    await idle(h);
    expect(topicsFetched(h).filter((t) => t === '2')).toEqual(['2']);
  });

  it('data older than a minute is still refreshed when the window shows it', async () => {
    const h = createCoreHarness(sandbox, { settings: { pollIntervalMinutes: 30 } });
    await h.core.start();
    await idle(h);
    await h.clock.advance(STALE_ON_OPEN_MS + 1);
    h.core.windowShown('1');
    await vi.waitFor(() => expect(topicsFetched(h)).toEqual(['1', '1']), WAIT);
  });
});
