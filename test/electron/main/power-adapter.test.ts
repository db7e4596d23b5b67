import { describe, expect, it, vi } from 'vitest';
import { ONLINE_POLL_MS, watchPower } from '../../../electron/main/power-adapter';
import { FakeIntervals, FakeNet, FakePowerMonitor } from '../../fakes/electron';

function setup(online = true) {
  const powerMonitor = new FakePowerMonitor();
  const net = new FakeNet();
  net.online = online;
  const timers = new FakeIntervals();
  const callbacks = { onSuspend: vi.fn(), onResume: vi.fn(), onLockScreen: vi.fn(), onUnlockScreen: vi.fn(), onOnline: vi.fn(), onOffline: vi.fn() };
  const watcher = watchPower({ powerMonitor, net }, callbacks, timers);
  return { powerMonitor, net, timers, callbacks, watcher };
}

describe('watchPower', () => {
  it('passes sleep, wake, lock and unlock on', () => {
    const { powerMonitor, callbacks } = setup();
    powerMonitor.fire('suspend');
    powerMonitor.fire('resume');
    powerMonitor.fire('lock-screen');
    powerMonitor.fire('unlock-screen');
    expect(callbacks.onSuspend).toHaveBeenCalledTimes(1);
    expect(callbacks.onResume).toHaveBeenCalledTimes(1);
    expect(callbacks.onLockScreen).toHaveBeenCalledTimes(1);
    expect(callbacks.onUnlockScreen).toHaveBeenCalledTimes(1);
  });

  it('checks the network every 30 s and reports only transitions', () => {
    const { net, timers, callbacks, watcher } = setup(false);
    expect([...timers.live.values()].map((t) => t.ms)).toEqual([ONLINE_POLL_MS]);
    expect(ONLINE_POLL_MS).toBe(30_000);
    timers.tick();
    expect(callbacks.onOnline).not.toHaveBeenCalled();
    net.online = true;
    timers.tick();
    timers.tick();
    expect(callbacks.onOnline).toHaveBeenCalledTimes(1);
    expect(watcher.isOnline()).toBe(true);
    net.online = false;
    timers.tick();
    expect(callbacks.onOffline).toHaveBeenCalledTimes(1);
    expect(callbacks.onOnline).toHaveBeenCalledTimes(1);
  });

  it('stops its timer and listeners', () => {
    const { powerMonitor, timers, callbacks, watcher } = setup();
    watcher.stop();
    expect(timers.live.size).toBe(0);
    expect(powerMonitor.listenerCount()).toBe(0);
    powerMonitor.fire('resume');
    expect(callbacks.onResume).not.toHaveBeenCalled();
  });
});
