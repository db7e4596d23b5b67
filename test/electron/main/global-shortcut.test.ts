import { describe, expect, it, vi } from 'vitest';
import { createGlobalShortcut } from '../../../electron/main/global-shortcut';
import { FakeGlobalShortcut } from '../../fakes/electron-global-shortcut';

function setup(takenElsewhere: string[] = []) {
  const electron = new FakeGlobalShortcut(new Set(takenElsewhere));
  const onPressed = vi.fn();
  const warn = vi.fn();
  const adapter = createGlobalShortcut({ globalShortcut: electron }, { onPressed, log: { warn } });
  return { electron, onPressed, warn, adapter };
}

describe('the global shortcut adapter', () => {
  it('registers nothing while the setting is off', () => {
    const { electron, adapter } = setup();
    expect(adapter.apply(null)).toEqual({ accelerator: null, registered: false, problem: null });
    expect(electron.registered.size).toBe(0);
  });

  it('registers the shortcut, and pressing it toggles the window', () => {
    const { electron, onPressed, adapter } = setup();
    expect(adapter.apply('Alt+Space')).toEqual({ accelerator: 'Alt+Space', registered: true, problem: null });
    electron.press('Alt+Space');
    expect(onPressed).toHaveBeenCalledTimes(1);
  });

  it('reports keys another app holds instead of failing silently', () => {
    const { adapter, warn } = setup(['Alt+Space']);
    expect(adapter.apply('Alt+Space')).toEqual({ accelerator: 'Alt+Space', registered: false, problem: 'in-use' });
    expect(adapter.status().problem).toBe('in-use');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Alt+Space'));
  });

  it('re-registers on change: the old keys are released, the new ones taken; off releases them', () => {
    const { electron, adapter } = setup();
    adapter.apply('Alt+Space');
    adapter.apply('Ctrl+Alt+T');
    expect([...electron.registered.keys()]).toEqual(['Ctrl+Alt+T']);
    adapter.apply(null);
    expect(electron.registered.size).toBe(0);
  });

  it('tries again when the same keys are applied after a conflict, and releases all on quit', () => {
    const { electron, adapter } = setup(['Alt+Space']);
    adapter.apply('Alt+Space');
    electron.takenElsewhere.clear(); // the other app quit
    expect(adapter.apply('Alt+Space').registered).toBe(true);
    adapter.dispose();
    expect(electron.registered.size).toBe(0);
  });

  it('says so when Electron refuses the accelerator outright', () => {
    const electron = new FakeGlobalShortcut();
    electron.register = () => {
      throw new Error('conversion failure');
    };
    const adapter = createGlobalShortcut({ globalShortcut: electron }, { onPressed: () => undefined });
    expect(adapter.apply('Ctrl+A')).toEqual({ accelerator: 'Ctrl+A', registered: false, problem: 'refused' });
  });
});
