import type { Clipboard, CreateFromBufferOptions, Settings, Shell } from 'electron';
import type { IntervalTimers, PowerElectron } from '../../electron/main/power-adapter';
import { FakeNativeImage } from './electron-tray';

// Part of the Electron fakes; import them from ./electron (see there).

// ── app (badge, dock, app id, login items) ───────────────────────────────────────────────────

export function fakeApp(options: { dock?: boolean; badgeSupported?: boolean } = {}) {
  const calls: { method: string; args: unknown[] }[] = [];
  const record = (method: string, ...args: unknown[]) => calls.push({ method, args });
  const app = {
    calls,
    dock: options.dock === false ? undefined : { setBadge: (text: string) => void record('dock.setBadge', text) },
    setBadgeCount: (count?: number) => (record('setBadgeCount', count), options.badgeSupported ?? true),
    setAppUserModelId: (id: string) => void record('setAppUserModelId', id),
    setLoginItemSettings: (settings: Settings) => void record('setLoginItemSettings', settings),
  };
  return app;
}

export class FakeOverlayWindow {
  overlays: { image: FakeNativeImage | null; description: string }[] = [];
  destroyed = false;
  setOverlayIcon(image: FakeNativeImage | null, description: string): void {
    this.overlays.push({ image, description });
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export function fakeNativeImage() {
  const images: FakeNativeImage[] = [];
  return {
    images,
    createFromBuffer: (buffer: Buffer, options?: CreateFromBufferOptions) => {
      const image = new FakeNativeImage(buffer, options?.scaleFactor ?? 1);
      images.push(image);
      return image;
    },
  };
}

// ── powerMonitor, net, timers ────────────────────────────────────────────────────────────────

type PowerEventName = 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen';
type PowerMonitorShape = PowerElectron['powerMonitor'];

export class FakePowerMonitor implements PowerMonitorShape {
  private readonly listeners = new Map<string, (() => void)[]>();
  on(event: PowerEventName, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  removeListener(event: PowerEventName, listener: () => void): this {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((entry) => entry !== listener));
    return this;
  }
  /** The OS reports a power event. */
  fire(event: PowerEventName): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
  listenerCount(): number {
    return [...this.listeners.values()].reduce((sum, list) => sum + list.length, 0);
  }
}

export class FakeNet {
  online = true;
  isOnline(): boolean {
    return this.online;
  }
}

/** Interval timers driven by hand: `tick()` runs every live interval once. */
export class FakeIntervals implements IntervalTimers {
  readonly live = new Map<number, { callback: () => void; ms: number }>();
  private next = 1;
  setInterval(callback: () => void, ms: number): number {
    this.live.set(this.next, { callback, ms });
    return this.next++;
  }
  clearInterval(handle: unknown): void {
    this.live.delete(handle as number);
  }
  tick(): void {
    for (const { callback } of [...this.live.values()]) callback();
  }
}

// ── shell, clipboard ─────────────────────────────────────────────────────────────────────────

export class FakeShell implements Pick<Shell, 'openExternal'> {
  readonly opened: string[] = [];
  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}

export class FakeClipboard implements Pick<Clipboard, 'writeText'> {
  text = '';
  writeText(text: string): void {
    this.text = text;
  }
}
