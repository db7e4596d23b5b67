import type { App, BrowserWindow, CreateFromBufferOptions, Dock, NativeImage } from 'electron';
import type { LoggerPort, PlatformBadgePort } from '../../shared/app/app-ports';
import { renderBadgeIcon } from '../../shared/badge/badge-icon';
import { encodePng } from '../../shared/badge/png-encoder';

// The platform's own count beside the tray icon: the macOS dock badge, the Linux launcher badge
// (Unity/KDE/GNOME with an extension; elsewhere Electron returns false and nothing happens), and
// on Windows an overlay on the taskbar button while the window has one.

export type OverlayWindow = Pick<BrowserWindow, 'setOverlayIcon' | 'isDestroyed'>;

export interface PlatformBadgeElectron<I = NativeImage> {
  app: { readonly dock?: Pick<Dock, 'setBadge'> | undefined } & Pick<App, 'setBadgeCount'>;
  nativeImage: { createFromBuffer(buffer: Buffer, options?: CreateFromBufferOptions): I };
}

export interface PlatformBadgeOptions<I> {
  platform: NodeJS.Platform;
  getWindow: () => { setOverlayIcon(overlay: I | null, description: string): void; isDestroyed(): boolean } | null;
  log: LoggerPort;
}

export interface PlatformBadge extends PlatformBadgePort {
  /** Re-applies the last count, e.g. once the window (and its taskbar button) exists. */
  reapply(): void;
}

export function createPlatformBadge<I>(electron: PlatformBadgeElectron<I>, options: PlatformBadgeOptions<I>): PlatformBadge {
  let last: { count: number; label: string } | null = null;

  const overlay = (count: number, label: string) => {
    const window = options.getWindow();
    if (!window || window.isDestroyed()) return;
    if (count <= 0 || label === '') return window.setOverlayIcon(null, '');
    // The tray icon with its badge, at 1× (Windows draws overlays at 16×16).
    const icon = renderBadgeIcon(count, 1, { state: 'new' });
    const image = electron.nativeImage.createFromBuffer(Buffer.from(encodePng(icon.width, icon.height, icon.rgba)), { scaleFactor: 1 });
    window.setOverlayIcon(image, `${label} to do`);
  };

  const apply = (count: number, label: string) => {
    try {
      if (options.platform === 'darwin') electron.app.dock?.setBadge(count > 0 ? label : '');
      else if (options.platform === 'linux') electron.app.setBadgeCount(Math.max(0, count));
      else if (options.platform === 'win32') overlay(count, label);
    } catch (error) {
      options.log.warn('could not set the platform badge', error);
    }
  };

  return {
    setCount(count, label) {
      last = { count, label };
      apply(count, label);
    },
    reapply() {
      if (last) apply(last.count, last.label);
    },
  };
}
