import type { GlobalShortcutElectron } from '../../electron/main/global-shortcut';

// Electron's globalShortcut, typed against electron.d.ts through GlobalShortcutElectron: keys
// already taken by "another app" make register() return false, as the real one does.

type GlobalShortcutLike = GlobalShortcutElectron['globalShortcut'];

export class FakeGlobalShortcut implements GlobalShortcutLike {
  readonly registered = new Map<string, () => void>();
  constructor(readonly takenElsewhere: Set<string> = new Set()) {}
  register(accelerator: string, callback: () => void): boolean {
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false;
    this.registered.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string): void {
    this.registered.delete(accelerator);
  }
  /** The user pressed the keys. */
  press(accelerator: string): void {
    this.registered.get(accelerator)?.();
  }
}
