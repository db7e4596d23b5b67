import { describe, expect, it, vi } from 'vitest';
import { createPlatformBadge } from '../../../electron/main/platform-badge';
import { FakeOverlayWindow, fakeApp, fakeNativeImage } from '../../fakes/electron';

function setup(platform: NodeJS.Platform, window: FakeOverlayWindow | null = null, appOptions = {}) {
  const app = fakeApp(appOptions);
  const nativeImage = fakeNativeImage();
  const badge = createPlatformBadge({ app, nativeImage }, { platform, getWindow: () => window, log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } });
  return { app, nativeImage, badge };
}

describe('createPlatformBadge', () => {
  it('sets the macOS dock badge to the label, cleared at zero', () => {
    const { app, badge } = setup('darwin');
    badge.setCount(120, '99+');
    badge.setCount(0, '');
    expect(app.calls).toEqual([
      { method: 'dock.setBadge', args: ['99+'] },
      { method: 'dock.setBadge', args: [''] },
    ]);
  });

  it('does nothing on macOS without a dock', () => {
    const { app, badge } = setup('darwin', null, { dock: false });
    badge.setCount(3, '3');
    expect(app.calls).toEqual([]);
  });

  it('sets the Linux launcher count and shrugs off desktops without one', () => {
    const { app, badge } = setup('linux', null, { badgeSupported: false });
    badge.setCount(7, '7');
    expect(app.calls).toEqual([{ method: 'setBadgeCount', args: [7] }]);
  });

  it('puts an overlay on the Windows taskbar button when the window exists', () => {
    const window = new FakeOverlayWindow();
    const { badge, app } = setup('win32', window);
    badge.setCount(5, '5');
    badge.setCount(0, '');
    expect(window.overlays.map((o) => [o.image?.representations[0]?.buffer.readUInt32BE(16) ?? null, o.description])).toEqual([
      [16, '5 to do'],
      [null, ''],
    ]);
    expect(app.calls).toEqual([]);
  });

  it('re-applies the last count once a window exists', () => {
    let window: FakeOverlayWindow | null = null;
    const app = fakeApp();
    const badge = createPlatformBadge(
      { app, nativeImage: fakeNativeImage() },
      { platform: 'win32', getWindow: () => window, log: { info: vi.fn(), warn: vi.fn(), error: vi.fn() } },
    );
    badge.setCount(2, '2');
    window = new FakeOverlayWindow();
    badge.reapply();
    expect(window.overlays.map((o) => o.description)).toEqual(['2 to do']);
  });
});
