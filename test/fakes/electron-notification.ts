import type { NotificationConstructorOptions } from 'electron';
import type { NotificationElectron, NotificationLike } from '../../electron/main/notification-adapter';

// Part of the Electron fakes; import them from ./electron (see there).

// ── Notification ─────────────────────────────────────────────────────────────────────────────

export class FakeNotification implements NotificationLike {
  shown = false;
  private readonly listeners = new Map<string, ((...args: never[]) => void)[]>();
  constructor(readonly options: NotificationConstructorOptions) {}
  show(): void {
    this.shown = true;
  }
  on(event: 'click' | 'close', listener: () => void): this;
  on(event: 'failed', listener: (event: unknown, error: string) => void): this;
  on(event: 'action', listener: (details: unknown, actionIndex?: number) => void): this;
  on(event: string, listener: (...args: never[]) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  /** The user clicks it (in the banner or the Action Center). */
  click(): void {
    for (const listener of this.listeners.get('click') ?? []) (listener as () => void)();
  }
  /** The user presses button `index` (Electron 41 passes `{actionIndex}` first). */
  action(index: number): void {
    for (const listener of this.listeners.get('action') ?? []) (listener as (details: unknown, legacy?: number) => void)({ actionIndex: index }, index);
  }
  close(): void {
    for (const listener of this.listeners.get('close') ?? []) (listener as () => void)();
  }
  fail(error: string): void {
    for (const listener of this.listeners.get('failed') ?? []) (listener as (event: unknown, error: string) => void)({}, error);
  }
}

export function fakeNotificationElectron(supported = true): NotificationElectron & { shown: FakeNotification[] } {
  const shown: FakeNotification[] = [];
  const Notification = class extends FakeNotification {
    static isSupported(): boolean {
      return supported;
    }
    override show(): void {
      super.show();
      shown.push(this);
    }
  };
  return { Notification, shown };
}
