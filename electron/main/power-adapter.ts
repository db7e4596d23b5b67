import type { Net } from 'electron';

// Power and network events for the poller: sleep pauses it; waking, unlocking and coming back
// online refresh at once. Electron has no "online" event in main, so net.isOnline() is polled.

export const ONLINE_POLL_MS = 30_000;

type PowerEvent = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';

export interface PowerElectron {
  powerMonitor: {
    on(event: 'suspend', listener: () => void): unknown;
    on(event: 'resume', listener: () => void): unknown;
    on(event: 'lock-screen', listener: () => void): unknown;
    on(event: 'unlock-screen', listener: () => void): unknown;
    removeListener(event: PowerEvent, listener: () => void): unknown;
  };
  net: Pick<Net, 'isOnline'>;
}

export interface IntervalTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(handle: unknown): void;
}

export interface PowerCallbacks {
  onSuspend(): void;
  onResume(): void;
  onLockScreen?(): void;
  onUnlockScreen(): void;
  /** The machine was offline at the last check and is online now. */
  onOnline(): void;
  onOffline?(): void;
}

export interface PowerWatcher {
  isOnline(): boolean;
  stop(): void;
}

export function watchPower(electron: PowerElectron, callbacks: PowerCallbacks, timers: IntervalTimers): PowerWatcher {
  const listeners: [PowerEvent, () => void][] = [
    ['suspend', () => callbacks.onSuspend()],
    ['resume', () => callbacks.onResume()],
    ['lock-screen', () => callbacks.onLockScreen?.()],
    ['unlock-screen', () => callbacks.onUnlockScreen()],
  ];
  // Overloads do not accept a union of event names: register each through its own overload.
  const on = electron.powerMonitor.on.bind(electron.powerMonitor) as (event: PowerEvent, listener: () => void) => unknown;
  for (const [event, listener] of listeners) on(event, listener);

  let online = electron.net.isOnline();
  const handle = timers.setInterval(() => {
    const now = electron.net.isOnline();
    if (now === online) return;
    online = now;
    if (now) callbacks.onOnline();
    else callbacks.onOffline?.();
  }, ONLINE_POLL_MS);

  return {
    isOnline: () => online,
    stop() {
      timers.clearInterval(handle);
      for (const [event, listener] of listeners) electron.powerMonitor.removeListener(event, listener);
    },
  };
}
