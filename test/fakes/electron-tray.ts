import type { AddRepresentationOptions, CreateFromBufferOptions, MenuItemConstructorOptions } from 'electron';
import type { TrayElectron, TrayImage, TrayLike } from '../../electron/main/tray-adapter';

// Part of the Electron fakes; import them from ./electron (see there).

// ── Tray, Menu, nativeImage ──────────────────────────────────────────────────────────────────

export class FakeNativeImage implements TrayImage {
  readonly representations: { scaleFactor: number; buffer: Buffer }[] = [];
  template = false;
  constructor(buffer: Buffer, scaleFactor: number) {
    this.representations.push({ scaleFactor, buffer });
  }
  addRepresentation(options: AddRepresentationOptions): void {
    if (!options.buffer) throw new Error('fake nativeImage supports buffer representations only');
    this.representations.push({ scaleFactor: options.scaleFactor ?? 1, buffer: options.buffer });
  }
  setTemplateImage(option: boolean): void {
    this.template = option;
  }
}

export class FakeMenu {
  constructor(readonly template: MenuItemConstructorOptions[]) {}
  /** Clicks the first enabled item with this label, as the user would. */
  click(label: string): void {
    const item = this.template.find((entry) => entry.label === label);
    if (!item) throw new Error(`no menu item "${label}"`);
    if (item.enabled === false) throw new Error(`menu item "${label}" is disabled`);
    item.click?.({} as never, undefined, {} as never);
  }
  labels(): string[] {
    return this.template.map((entry) => (entry.type === 'separator' ? '---' : (entry.label ?? '')));
  }
}

export class FakeTray implements TrayLike<FakeMenu, FakeNativeImage> {
  images: FakeNativeImage[] = [];
  toolTip = '';
  title = '';
  contextMenu: FakeMenu | null = null;
  poppedUp: FakeMenu[] = [];
  destroyed = false;
  bounds = { x: 1000, y: 0, width: 24, height: 22 };
  private readonly listeners = new Map<string, (() => void)[]>();

  constructor(image: FakeNativeImage) {
    this.images.push(image);
  }
  setImage(image: FakeNativeImage): void {
    this.images.push(image);
  }
  setToolTip(toolTip: string): void {
    this.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setContextMenu(menu: FakeMenu | null): void {
    this.contextMenu = menu;
  }
  popUpContextMenu(menu?: FakeMenu): void {
    if (menu) this.poppedUp.push(menu);
  }
  getBounds() {
    return this.bounds;
  }
  destroy(): void {
    this.destroyed = true;
  }
  on(event: 'click' | 'right-click', listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  /** The user clicks the icon (left or right). */
  click(button: 'left' | 'right' = 'left'): void {
    for (const listener of this.listeners.get(button === 'left' ? 'click' : 'right-click') ?? []) listener();
  }
}

export interface FakeTrayElectron extends TrayElectron<FakeMenu, FakeNativeImage> {
  trays: FakeTray[];
  menus: FakeMenu[];
  images: FakeNativeImage[];
}

export function fakeTrayElectron(): FakeTrayElectron {
  const trays: FakeTray[] = [];
  const menus: FakeMenu[] = [];
  const images: FakeNativeImage[] = [];
  return {
    trays,
    menus,
    images,
    Tray: class extends FakeTray {
      constructor(image: FakeNativeImage) {
        super(image);
        trays.push(this);
      }
    },
    Menu: {
      buildFromTemplate: (template) => {
        const menu = new FakeMenu(template);
        menus.push(menu);
        return menu;
      },
    },
    nativeImage: {
      createFromBuffer: (buffer: Buffer, options?: CreateFromBufferOptions) => {
        const image = new FakeNativeImage(buffer, options?.scaleFactor ?? 1);
        images.push(image);
        return image;
      },
    },
  };
}
