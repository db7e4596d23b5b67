import type { GlobalShortcut } from 'electron';
import type { ShortcutStatus } from '../../shared/ipc/view-types';

// The optional global shortcut that shows and hides the window (settings.globalShortcut; off by
// default). A thin adapter over Electron's globalShortcut: the setting is already validated as
// an accelerator (shared/settings/accelerator.ts); what only the OS can say is whether another
// app holds the same keys. register() then returns false, and that is reported, not swallowed.

export type GlobalShortcutElectron = { globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'> };

export type { ShortcutStatus };

export interface GlobalShortcutAdapter {
  /** Sets the shortcut (null: none). Unregisters the previous one first. Same value: no-op. */
  apply(accelerator: string | null): ShortcutStatus;
  status(): ShortcutStatus;
  dispose(): void;
}

export function createGlobalShortcut(electron: GlobalShortcutElectron, options: { onPressed(): void; log?: { warn(message: string): void } }): GlobalShortcutAdapter {
  let current: ShortcutStatus = { accelerator: null, registered: false, problem: null };

  function release() {
    if (current.registered && current.accelerator) electron.globalShortcut.unregister(current.accelerator);
  }

  function apply(accelerator: string | null): ShortcutStatus {
    if (accelerator === current.accelerator && (current.registered || accelerator === null)) return current;
    release();
    if (accelerator === null) return (current = { accelerator: null, registered: false, problem: null });
    let registered = false;
    let problem: ShortcutStatus['problem'] = null;
    try {
      registered = electron.globalShortcut.register(accelerator, options.onPressed);
      if (!registered) problem = 'in-use';
    } catch {
      // Electron throws on an accelerator it cannot parse (the setting's check should catch it first).
      problem = 'refused';
    }
    if (problem) options.log?.warn(`global shortcut ${accelerator} was not registered (${problem})`);
    return (current = { accelerator, registered, problem });
  }

  return {
    apply,
    status: () => current,
    dispose() {
      release();
      current = { accelerator: null, registered: false, problem: null };
    },
  };
}
