import { describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/main-window';
import { fakeBrowserWindowClass, fakeScreen } from '../../fakes/electron';

function setup(platform: NodeJS.Platform = 'darwin', trayBounds = { x: 1000, y: 0, width: 24, height: 22 }, clock = { now: 0 }) {
  const BrowserWindow = fakeBrowserWindowClass();
  const screen = fakeScreen({ x: 0, y: 25, width: 1440, height: 875 });
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const window = createMainWindow({ BrowserWindow, screen }, { preloadPath: '/app/preload/index.cjs', platform, getTrayBounds: () => trayBounds, log, now: () => clock.now });
  const native = () => {
    const created = BrowserWindow.created[0];
    if (!created) throw new Error('no window created');
    return created;
  };
  return { window, BrowserWindow, native, log };
}

describe('createMainWindow', () => {
  it('creates the window only when first shown, hardened and loading the app page', () => {
    const { window, BrowserWindow, native } = setup();
    expect(BrowserWindow.created).toHaveLength(0);
    window.show();
    expect(BrowserWindow.created).toHaveLength(1);
    expect(native().options.webPreferences).toEqual({
      preload: '/app/preload/index.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
    expect(native().options.show).toBe(false);
    expect(native().loaded).toEqual(['app://renderer/index.html']);
    expect(window.isVisible()).toBe(true);
  });

  it('denies window.open and blocks navigation away from the app', () => {
    const { window, native } = setup();
    window.show();
    const contents = native().webContents;
    expect(contents.windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.navigate('https://evil.example/')).toBe(false);
    expect(contents.navigate('https://evil.example/', 'will-redirect')).toBe(false);
    expect(contents.navigate('app://other/index.html')).toBe(false);
    expect(contents.navigate('app://renderer/index.html#/settings')).toBe(true);
  });

  it('denies every permission request and check', async () => {
    const { window, native } = setup();
    window.show();
    const session = native().webContents.session;
    await expect(session.request('notifications')).resolves.toBe(false);
    await expect(session.request('media')).resolves.toBe(false);
    expect(session.checkHandler?.(null, 'geolocation', 'app://renderer', {} as never)).toBe(false);
  });

  it('hides instead of closing until the app quits, and leaves the taskbar when hidden', () => {
    const { window, native } = setup('win32');
    window.show();
    expect(native().skipTaskbar).toBe(false);
    expect(native().close()).toBe(false);
    expect(window.isVisible()).toBe(false);
    expect(native().skipTaskbar).toBe(true);
    window.allowClose();
    expect(native().close()).toBe(true);
  });

  it('pops up below the macOS menu bar icon', () => {
    const { window, native } = setup('darwin');
    window.show();
    expect(native().position).toEqual([812, 26]);
  });

  it('on macOS and Windows hides when it loses focus, like a tray popover', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const clock = { now: 1_000 };
      const { window, native } = setup(platform, undefined, clock);
      window.show();
      expect(native().options.frame).toBe(false);
      native().blur();
      expect(window.isVisible()).toBe(false);
      // The tray click that caused the blur arrives next: it must not pop the window back up.
      clock.now += 50;
      window.toggle();
      expect(window.isVisible()).toBe(false);
      clock.now += 1_000;
      window.toggle();
      expect(window.isVisible()).toBe(true);
    }
  });

  it('on Linux is a normal framed window that stays open when it loses focus', () => {
    const { window, native } = setup('linux', { x: 0, y: 0, width: 0, height: 0 });
    window.show();
    expect(native().options.frame).toBe(true);
    native().blur();
    expect(window.isVisible()).toBe(true);
  });

  it('toggles, and sends events only to a live window', () => {
    const { window, native } = setup();
    window.send('nav:show-settings', undefined); // no window yet: dropped, no crash
    window.toggle();
    expect(window.isVisible()).toBe(true);
    window.send('nav:show-task', { topic: '1', taskId: 't1' });
    expect(native().webContents.sent).toEqual([{ channel: 'nav:show-task', args: [{ topic: '1', taskId: 't1' }] }]);
    window.toggle();
    expect(window.isVisible()).toBe(false);
    native().destroyed = true;
    window.send('nav:show-settings', undefined);
    expect(native().webContents.sent).toHaveLength(1);
  });
});
