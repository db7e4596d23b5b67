import type { CreateFromBufferOptions, Menu, MenuItemConstructorOptions, NativeImage, Rectangle } from 'electron';
import type { TrayEvent, TrayPort } from '../../shared/app/app-ports';
import { badgeLabel } from '../../shared/badge/badge-label';
import { renderBadgeIcon } from '../../shared/badge/badge-icon';
import { encodePng } from '../../shared/badge/png-encoder';
import type { TrayMenuItem } from '../../shared/tray/tray-menu';
import type { TrayPresentation } from '../../shared/tray/tray-presentation';

// Draws what shared/tray decided: the badge icon at 1× and 2×, tooltip, macOS title, menu.
// Generic over the menu and image types so tests can hand in fakes of Menu and nativeImage.

export type TrayImage = Pick<NativeImage, 'addRepresentation' | 'setTemplateImage'>;

export interface TrayLike<M, I> {
  setImage(image: I): void;
  setToolTip(toolTip: string): void;
  setTitle(title: string): void;
  setContextMenu(menu: M | null): void;
  popUpContextMenu(menu?: M): void;
  getBounds(): Rectangle;
  destroy(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'right-click', listener: () => void): unknown;
}

export interface TrayElectron<M = Menu, I extends TrayImage = NativeImage> {
  Tray: new (image: I) => TrayLike<M, I>;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): M };
  nativeImage: { createFromBuffer(buffer: Buffer, options?: CreateFromBufferOptions): I };
}

export interface TrayAdapterOptions {
  platform: NodeJS.Platform;
  onEvent: (event: TrayEvent) => void;
  onToggleWindow: () => void;
  /** node:zlib deflateSync, to keep the PNGs small (optional). */
  zlib?: (data: Uint8Array) => Uint8Array;
}

export interface TrayAdapter extends TrayPort {
  /** The icon's bounds, for positioning the window; null before the first render. */
  getBounds(): Rectangle | null;
  destroy(): void;
}

export function createTrayAdapter<M, I extends TrayImage>(electron: TrayElectron<M, I>, options: TrayAdapterOptions): TrayAdapter {
  const mac = options.platform === 'darwin';
  // Linux trays (GNOME's AppIndicator, KDE, XFCE) show 22–24 px icons: a 16 px one would be
  // blown up and blurred there. macOS menu bars and the Windows notification area use 16 pt.
  const size = options.platform === 'linux' ? 24 : 16;
  let tray: TrayLike<M, I> | null = null;
  let menu: M | null = null;
  let last = { image: '', tooltip: '', title: '', menu: '' };

  const image = (presentation: TrayPresentation): I => {
    const draw = (scale: 1 | 2) => {
      const icon = renderBadgeIcon(presentation.badgeCount, scale, { state: presentation.iconState, template: mac, size });
      return Buffer.from(encodePng(icon.width, icon.height, icon.rgba, { zlib: options.zlib }));
    };
    const result = electron.nativeImage.createFromBuffer(draw(1), { scaleFactor: 1 });
    result.addRepresentation({ scaleFactor: 2, buffer: draw(2) });
    // Template images are tinted by macOS for light and dark menu bars.
    if (mac) result.setTemplateImage(true);
    return result;
  };

  const create = (first: I): TrayLike<M, I> => {
    const created = new electron.Tray(first);
    created.on('click', options.onToggleWindow);
    // With a context menu set, macOS opens it on left click too: there it pops up on right click only.
    if (mac) created.on('right-click', () => (menu ? created.popUpContextMenu(menu) : undefined));
    return created;
  };

  return {
    render(presentation) {
      const imageKey = `${presentation.iconState}:${badgeLabel(presentation.badgeCount)}`;
      if (!tray || imageKey !== last.image) {
        const drawn = image(presentation);
        if (tray) tray.setImage(drawn);
        else tray = create(drawn);
      }
      const menuKey = JSON.stringify(presentation.menu);
      if (menuKey !== last.menu) {
        menu = electron.Menu.buildFromTemplate(presentation.menu.map((item) => menuItem(item, options)));
        // Linux (AppIndicator) often sends no click events: the menu is the way in there.
        if (!mac) tray.setContextMenu(menu);
      }
      if (presentation.tooltip !== last.tooltip) tray.setToolTip(presentation.tooltip);
      if (mac && presentation.title !== last.title) tray.setTitle(presentation.title);
      last = { image: imageKey, tooltip: presentation.tooltip, title: presentation.title, menu: menuKey };
    },
    getBounds: () => tray?.getBounds() ?? null,
    destroy: () => {
      tray?.destroy();
      tray = null;
      last = { image: '', tooltip: '', title: '', menu: '' };
    },
  };
}

function menuItem(item: TrayMenuItem, options: TrayAdapterOptions): MenuItemConstructorOptions {
  // Windows and Linux read "&" as a mnemonic marker; a task title may well contain one.
  const text = (value: string) => (options.platform === 'darwin' ? value : value.replaceAll('&', '&&'));
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'label':
      return { label: text(item.text), enabled: false };
    case 'action':
      return { label: text(item.text), enabled: item.enabled, click: () => options.onEvent({ kind: 'action', action: item.action }) };
    case 'task':
      return { label: text(item.text), click: () => options.onEvent({ kind: 'task', taskId: item.taskId }) };
  }
}
