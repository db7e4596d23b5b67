import { describe, expect, it } from 'vitest';
import { windowPosition } from '../../../shared/tray/window-position';

const windowSize = { width: 400, height: 600 };

describe('windowPosition', () => {
  it('drops the window below the macOS menu bar icon, centred on it', () => {
    const workArea = { x: 0, y: 25, width: 1440, height: 875 };
    const trayBounds = { x: 1000, y: 0, width: 24, height: 22 };
    expect(windowPosition({ trayBounds, windowSize, workArea, platform: 'darwin' })).toEqual({ x: 812, y: 26 });
  });

  it('raises the window above a bottom Windows taskbar and keeps it on screen at the right edge', () => {
    const workArea = { x: 0, y: 0, width: 1920, height: 1040 };
    const trayBounds = { x: 1890, y: 1045, width: 24, height: 30 };
    expect(windowPosition({ trayBounds, windowSize, workArea, platform: 'win32' })).toEqual({ x: 1520, y: 440 });
  });

  it('drops the window below a top Windows taskbar', () => {
    const workArea = { x: 0, y: 40, width: 1920, height: 1040 };
    const trayBounds = { x: 1700, y: 5, width: 24, height: 30 };
    expect(windowPosition({ trayBounds, windowSize, workArea, platform: 'win32' })).toEqual({ x: 1512, y: 40 });
  });

  it('puts the window beside a left taskbar', () => {
    const workArea = { x: 60, y: 0, width: 1860, height: 1080 };
    const trayBounds = { x: 18, y: 1000, width: 24, height: 24 };
    expect(windowPosition({ trayBounds, windowSize, workArea, platform: 'win32' })).toEqual({ x: 64, y: 480 });
  });

  it('centres the window in the work area when Linux reports no tray bounds', () => {
    const workArea = { x: 0, y: 32, width: 1920, height: 1048 };
    const empty = { x: 0, y: 0, width: 0, height: 0 };
    expect(windowPosition({ trayBounds: empty, windowSize, workArea, platform: 'linux' })).toEqual({ x: 760, y: 256 });
    expect(windowPosition({ trayBounds: null, windowSize, workArea, platform: 'linux' })).toEqual({ x: 760, y: 256 });
  });

  it('stays inside a second display with a negative origin', () => {
    const workArea = { x: -1280, y: 0, width: 1280, height: 1024 };
    const trayBounds = { x: -1290, y: 0, width: 24, height: 22 };
    const pos = windowPosition({ trayBounds, windowSize, workArea, platform: 'darwin' });
    expect(pos.x).toBe(-1280);
    expect(pos.y).toBe(26);
  });
});
