import type { MenuItemConstructorOptions } from 'electron';
import type { MenuItemRecord } from './records';

// Menu and MenuItem as data: a template kept as the user would see it, clickable by label.

export class StandinMenuItem {
  readonly label: string;
  readonly type: string;
  enabled: boolean;
  checked: boolean;
  visible: boolean;
  readonly submenu: StandinMenu | undefined;
  readonly click: MenuItemConstructorOptions['click'];
  readonly role: string | undefined;
  constructor(options: MenuItemConstructorOptions) {
    this.type = options.type ?? (options.submenu ? 'submenu' : 'normal');
    this.label = options.label ?? '';
    this.enabled = options.enabled ?? true;
    this.checked = options.checked ?? false;
    this.visible = options.visible ?? true;
    this.click = options.click;
    this.role = options.role;
    const sub = options.submenu;
    this.submenu = sub === undefined ? undefined : sub instanceof StandinMenu ? sub : StandinMenu.buildFromTemplate(sub as MenuItemConstructorOptions[]);
  }
}

export class StandinMenu {
  static applicationMenu: StandinMenu | null = null;
  readonly items: StandinMenuItem[] = [];

  static buildFromTemplate(template: (MenuItemConstructorOptions | StandinMenuItem)[]): StandinMenu {
    const menu = new StandinMenu();
    for (const entry of template) menu.append(entry instanceof StandinMenuItem ? entry : new StandinMenuItem(entry));
    return menu;
  }
  static setApplicationMenu(menu: StandinMenu | null): void {
    StandinMenu.applicationMenu = menu;
  }
  static getApplicationMenu(): StandinMenu | null {
    return StandinMenu.applicationMenu;
  }
  append(item: StandinMenuItem): void {
    this.items.push(item);
  }
  popup(): void {}
  closePopup(): void {}

  /** A user's click on the visible item with this label (accelerator "&" markers removed). */
  clickItem(label: string): void {
    const item = this.items.find((entry) => entry.visible && entry.type !== 'separator' && plain(entry.label) === label);
    if (!item) throw new Error(`no menu item "${label}" in [${this.items.map((entry) => plain(entry.label)).join(', ')}]`);
    if (!item.enabled) throw new Error(`menu item "${label}" is disabled`);
    if (item.type === 'checkbox') item.checked = !item.checked;
    item.click?.(item as never, undefined, { triggeredByAccelerator: false } as never);
  }

  record(): MenuItemRecord[] {
    return this.items
      .filter((item) => item.visible)
      .map((item) => ({
        label: plain(item.label),
        type: item.type,
        enabled: item.enabled,
        ...(item.type === 'checkbox' || item.type === 'radio' ? { checked: item.checked } : {}),
        ...(item.submenu ? { submenu: item.submenu.record() } : {}),
      }));
  }
}

/** Windows and Linux read "&" as a mnemonic marker and "&&" as a literal ampersand. */
function plain(label: string): string {
  return label.replace(/&(&?)/g, (_, literal: string) => literal);
}
