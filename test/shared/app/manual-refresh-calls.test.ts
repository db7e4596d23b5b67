import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { STALE_ON_OPEN_MS } from '../../../shared/app/app-core';
import { callsThisMonth, monthKey } from '../../../shared/quota/call-counter';
import { createCoreHarness } from './core-harness';

// Every API call counts against the month's budget, whoever asked for it: the poll, the tray's
// Refresh, the window's refresh button, the window opening on stale or unfetched data.

const WAIT = { timeout: 10_000 };
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 3, '2': 4 } });
});
afterEach(() => sandbox.close());

async function started(options: Parameters<typeof createCoreHarness>[1] = {}) {
  const h = createCoreHarness(sandbox, options);
  await h.core.start();
  await vi.waitFor(() => expect(h.core.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), WAIT);
  return h;
}

describe('manual refreshes count against the monthly budget', () => {
  it('the tray Refresh, the window refresh button and the window opening are all counted and saved', async () => {
    const h = await started();
    const counted = () => h.core.getState().quota.callsThisMonth;
    const saved = () => callsThisMonth(h.calls.value, h.clock.now());
    expect([counted(), saved()]).toEqual([1, 1]);

    h.core.trayEvent({ kind: 'action', action: 'refresh' });
    await vi.waitFor(() => expect(h.apiCalls()).toHaveLength(2), WAIT);
    await h.clock.flush();
    expect([counted(), saved()]).toEqual([2, 2]);

    await h.core.refresh('2'); // the window's button on the "done" tab: to-do and done
    expect([counted(), saved()]).toEqual([4, 4]);

    await h.clock.advance(STALE_ON_OPEN_MS + 1);
    h.core.windowShown('1');
    await vi.waitFor(() => expect(h.apiCalls()).toHaveLength(5), WAIT);
    await h.clock.flush();
    expect([counted(), saved()]).toEqual([5, 5]);
    expect(h.apiCalls()).toHaveLength(counted());
  });

  it('calls another process (the CLI) counted meanwhile in the same file are kept, not overwritten', async () => {
    const h = await started();
    const key = monthKey(h.clock.now());
    h.calls.value = { version: 1, months: { [key]: (h.calls.value.months[key] ?? 0) + 40 } }; // the CLI's 40 calls
    await h.core.refresh();
    await h.clock.flush();
    expect(h.calls.value.months[key]).toBe(42);
    expect(h.core.getState().quota.callsThisMonth).toBe(42);
  });

  it("once the month's budget is spent, no refresh of any kind calls the API", async () => {
    const h = await started({ settings: { monthlyCallBudget: 100 } });
    const key = monthKey(h.clock.now());
    h.calls.value = { version: 1, months: { [key]: 99 } }; // the CLI spent the rest
    await h.core.refresh(); // this one still fits, and finds the budget spent after it
    await h.clock.flush();
    expect(h.core.getState().quota).toMatchObject({ callsThisMonth: 100, budgetSpentUntil: expect.any(Number) });
    const before = h.apiCalls().length;
    h.core.trayEvent({ kind: 'action', action: 'refresh' });
    await h.core.refresh('2');
    await h.clock.advance(STALE_ON_OPEN_MS + 1);
    h.core.windowShown('1');
    h.core.getTopic('3');
    h.core.power('unlock');
    await h.clock.flush();
    expect(h.apiCalls()).toHaveLength(before);
    expect(h.core.getState().quota.callsThisMonth).toBe(100);
    expect(h.logs.some((l) => /budget/i.test(l.message))).toBe(true);
  });
});
