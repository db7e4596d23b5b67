import { EventEmitter } from 'node:events';
import type { Rectangle } from 'electron';
import type { StandinMenu } from './menu';
import type { StandinNativeImage } from './native-image';
import { records } from './records';
import type { TrayRecord } from './records';

// The tray icon as recorded state: the image as PNG, tooltip, title and context menu. A click is
// something the test does (control.ts). Linux reports no bounds, as Electron does there.

export class StandinTray extends EventEmitter {
  static readonly all: StandinTray[] = [];
  private image: StandinNativeImage;
  private menu: StandinMenu | null = null;
  private readonly record: TrayRecord;

  constructor(image: StandinNativeImage) {
    super();
    this.image = image;
    this.record = { png: '', scaleFactors: [], template: false, toolTip: '', title: '', menu: null, destroyed: false, imageChanges: 0 };
    this.setImage(image);
    StandinTray.all.push(this);
    records.tray.push(this.record);
  }
  setImage(image: StandinNativeImage): void {
    this.image = image;
    this.record.png = image.toPNG().toString('base64');
    this.record.scaleFactors = image.getScaleFactors();
    this.record.template = image.isTemplateImage();
    this.record.imageChanges += 1;
  }
  setPressedImage(): void {}
  setToolTip(toolTip: string): void {
    this.record.toolTip = toolTip;
  }
  setTitle(title: string): void {
    this.record.title = title;
  }
  getTitle(): string {
    return this.record.title;
  }
  setContextMenu(menu: StandinMenu | null): void {
    this.menu = menu;
    this.record.menu = menu?.record() ?? null;
  }
  popUpContextMenu(menu?: StandinMenu): void {
    if (menu) this.record.menu = menu.record();
  }
  closeContextMenu(): void {}
  getBounds(): Rectangle {
    return { x: 0, y: 0, width: 0, height: 0 };
  }
  isDestroyed(): boolean {
    return this.record.destroyed;
  }
  destroy(): void {
    this.record.destroyed = true;
  }
  setIgnoreDoubleClickEvents(): void {}

  /** The user clicks the icon. */
  click(button: 'left' | 'right' = 'left'): void {
    this.emit(button === 'left' ? 'click' : 'right-click', { preventDefault() {} }, this.getBounds());
  }
  /** The user picks an item of the context menu (the menu is re-read: it may have changed). */
  clickMenuItem(label: string): void {
    if (!this.menu) throw new Error('the tray has no context menu');
    this.menu.clickItem(label);
  }
  currentImage(): StandinNativeImage {
    return this.image;
  }
}
