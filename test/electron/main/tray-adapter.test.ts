import { describe, expect, it, vi } from 'vitest';
import { createTrayAdapter } from '../../../electron/main/tray-adapter';
import type { TrayPresentation } from '../../../shared/tray/tray-presentation';
import { fakeTrayElectron, type FakeMenu, type FakeTray } from '../../fakes/electron';

function presentation(overrides: Partial<TrayPresentation> = {}): TrayPresentation {
  return {
    iconState: 'new',
    badgeCount: 3,
    tooltip: 'Approval Tray: 3 to do',
    title: '3',
    menu: [
      { kind: 'label', text: '3 new' },
      { kind: 'separator' },
      { kind: 'task', taskId: 'task-1', text: 'Expense & travel' },
      { kind: 'action', action: 'refresh', text: 'Refresh now', enabled: true },
      { kind: 'action', action: 'pause-hour', text: 'Pause for 1 hour', enabled: false },
      { kind: 'action', action: 'quit', text: 'Quit', enabled: true },
    ],
    ...overrides,
  };
}

function setup(platform: NodeJS.Platform) {
  const electron = fakeTrayElectron();
  const onEvent = vi.fn();
  const onToggleWindow = vi.fn();
  const adapter = createTrayAdapter(electron, { platform, onEvent, onToggleWindow });
  const tray = (): FakeTray => electron.trays[0] ?? (() => { throw new Error('no tray'); })();
  const lastMenu = (): FakeMenu => electron.menus.at(-1) ?? (() => { throw new Error('no menu'); })();
  return { electron, adapter, onEvent, onToggleWindow, tray, lastMenu };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(buffer: Buffer): [number, number] {
  expect([...buffer.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)];
}

describe('createTrayAdapter', () => {
  it('builds the context menu from the presentation and reports clicks as tray events', () => {
    const { adapter, onEvent, tray, lastMenu } = setup('win32');
    adapter.render(presentation());
    expect(tray().contextMenu).toBe(lastMenu());
    expect(lastMenu().labels()).toEqual(['3 new', '---', 'Expense && travel', 'Refresh now', 'Pause for 1 hour', 'Quit']);
    expect(() => lastMenu().click('3 new')).toThrow(/disabled/);
    expect(() => lastMenu().click('Pause for 1 hour')).toThrow(/disabled/);
    lastMenu().click('Expense && travel');
    lastMenu().click('Refresh now');
    expect(onEvent.mock.calls).toEqual([[{ kind: 'task', taskId: 'task-1' }], [{ kind: 'action', action: 'refresh' }]]);
    expect(tray().toolTip).toBe('Approval Tray: 3 to do');
  });

  it('draws the icon at 1x and 2x', () => {
    const { adapter, tray } = setup('win32');
    adapter.render(presentation());
    const image = tray().images[0];
    expect(image?.representations.map((r) => [r.scaleFactor, pngSize(r.buffer)])).toEqual([
      [1, [16, 16]],
      [2, [32, 32]],
    ]);
    expect(image?.template).toBe(false);
  });

  it('draws the 24 px variant on Linux, whose trays show 22–24 px icons; 16 px on macOS and Windows', () => {
    const sizes = (platform: NodeJS.Platform) => {
      const { adapter, tray } = setup(platform);
      adapter.render(presentation());
      return tray().images[0]?.representations.map((r) => pngSize(r.buffer));
    };
    expect(sizes('linux')).toEqual([[24, 24], [48, 48]]);
    expect(sizes('darwin')).toEqual([[16, 16], [32, 32]]);
    expect(sizes('win32')).toEqual([[16, 16], [32, 32]]);
  });

  it('redraws the image only when the state or the badge text changes', () => {
    const { adapter, electron, tray } = setup('win32');
    adapter.render(presentation());
    adapter.render(presentation({ tooltip: 'changed' }));
    expect(electron.images).toHaveLength(1);
    adapter.render(presentation({ badgeCount: 120 }));
    adapter.render(presentation({ badgeCount: 150 })); // both "99+"
    expect(electron.images).toHaveLength(2);
    adapter.render(presentation({ badgeCount: 150, iconState: 'offline' }));
    expect(electron.images).toHaveLength(3);
    expect(tray().images).toHaveLength(3);
    expect(tray().toolTip).toBe('Approval Tray: 3 to do');
  });

  it('rebuilds the menu only when it changes', () => {
    const { adapter, electron } = setup('linux');
    adapter.render(presentation());
    adapter.render(presentation({ badgeCount: 4 }));
    expect(electron.menus).toHaveLength(1);
    adapter.render(presentation({ menu: [{ kind: 'action', action: 'quit', text: 'Quit', enabled: true }] }));
    expect(electron.menus).toHaveLength(2);
  });

  it('on macOS uses a template image and the title, and pops the menu up on right click only', () => {
    const { adapter, tray, lastMenu, onToggleWindow } = setup('darwin');
    adapter.render(presentation());
    expect(tray().images[0]?.template).toBe(true);
    expect(tray().title).toBe('3');
    expect(tray().contextMenu).toBeNull();
    expect(lastMenu().labels()).toContain('Expense & travel');
    tray().click('left');
    expect(onToggleWindow).toHaveBeenCalledTimes(1);
    tray().click('right');
    expect(tray().poppedUp).toEqual([lastMenu()]);
    adapter.render(presentation({ title: '' }));
    expect(tray().title).toBe('');
  });

  it('toggles the window on left click and reports the tray bounds', () => {
    const { adapter, tray, onToggleWindow } = setup('win32');
    expect(adapter.getBounds()).toBeNull();
    adapter.render(presentation());
    tray().click('left');
    expect(onToggleWindow).toHaveBeenCalledTimes(1);
    expect(adapter.getBounds()).toEqual({ x: 1000, y: 0, width: 24, height: 22 });
    expect(tray().title).toBe(''); // setTitle is macOS only
  });
});
