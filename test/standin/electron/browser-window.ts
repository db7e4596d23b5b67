import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { Page } from 'playwright-core';
import { browserContext, unregisterPage } from './chromium-session';
import type { StandinNativeImage } from './native-image';
import { toMainUrl, toPageUrl } from './protocol';
import { records } from './records';
import { defaultSession } from './session';
import type { WindowRecord } from './records';
import { nativeTheme } from './system';
import { StandinWebContents } from './web-contents';

// BrowserWindow: a real Chromium page at the size main asks for, plus the window state a user
// would see (visible, position, focus). The page exists from construction, as Electron's
// renderer does; "hidden" is a recorded state (a headless page is never on a screen).

/** Electron's permission names and the Chromium permission each one grants. */
const PERMISSIONS = [
  { electron: 'notifications', chromium: 'notifications' },
  { electron: 'geolocation', chromium: 'geolocation' },
  { electron: 'clipboard-read', chromium: 'clipboard-read' },
  { electron: 'clipboard-sanitized-write', chromium: 'clipboard-write' },
  { electron: 'media', chromium: 'camera' },
  { electron: 'midi', chromium: 'midi' },
] as const;

let nextId = 1;
const windows: StandinBrowserWindow[] = [];

export class StandinBrowserWindow extends EventEmitter {
  static getAllWindows = (): StandinBrowserWindow[] => windows.filter((window) => !window.isDestroyed());
  static getFocusedWindow = (): StandinBrowserWindow | null => StandinBrowserWindow.getAllWindows().find((window) => window.focused) ?? null;
  static fromWebContents = (contents: StandinWebContents): StandinBrowserWindow | null => windows.find((window) => window.webContents === contents) ?? null;
  static fromId = (id: number): StandinBrowserWindow | null => windows.find((window) => window.id === id) ?? null;

  readonly id = nextId++;
  readonly webContents: StandinWebContents;
  readonly record: WindowRecord;
  focused = false;
  private readonly ready: Promise<void>;
  overlay: StandinNativeImage | null = null;
  private page: Page | null = null;

  constructor(options: BrowserWindowConstructorOptions = {}) {
    super();
    const prefs = options.webPreferences ?? {};
    if (prefs.nodeIntegration) throw new Error('electron stand-in: nodeIntegration is not supported (and should not be used)');
    this.webContents = new StandinWebContents({ windowId: this.id, preload: prefs.preload, subFrames: prefs.nodeIntegrationInSubFrames === true || process.env.ELECTRON_STANDIN_PRELOAD_IN_SUBFRAMES === '1' });
    const width = options.width ?? 800;
    const height = options.height ?? 600;
    this.record = {
      id: this.id,
      width,
      height,
      x: options.x ?? 0,
      y: options.y ?? 0,
      visible: false,
      destroyed: false,
      url: '',
      focusCount: 0,
      showCount: 0,
      options: { frame: options.frame, show: options.show, webPreferences: { ...prefs } },
    };
    windows.push(this);
    records.windows.push(this.record);
    this.ready = this.open(width, height);
    this.ready.catch((error: unknown) => records.problems.push({ windowId: this.id, kind: 'load-failed', text: `could not open the window's page: ${String(error)}` }));
    if (options.show !== false) this.show();
  }

  private async open(width: number, height: number): Promise<void> {
    const context = browserContext();
    // The profile opens with one blank page: the first window takes it.
    const blank = context.pages().find((page) => page.url() === 'about:blank' && !windows.some((window) => window.page === page));
    const page = blank ?? (await context.newPage());
    this.page = page;
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light' });
    const onTheme = () => void page.emulateMedia({ colorScheme: nativeTheme.shouldUseDarkColors ? 'dark' : 'light' }).catch(() => undefined);
    nativeTheme.on('updated', onTheme);
    this.once('closed', () => nativeTheme.off('updated', onTheme));
    await this.webContents.attach(page);
  }

  async loadURL(url: string): Promise<void> {
    await this.ready;
    this.record.url = url;
    await this.applyPermissions(url);
    await this.webContents.loadURL(url);
    this.emit('ready-to-show');
  }
  /** Chromium grants a page only what main's permission handlers allow (Electron asks them). */
  private async applyPermissions(url: string): Promise<void> {
    const origin = new URL(toPageUrl(url)).origin;
    const context = browserContext();
    await context.clearPermissions();
    for (const permission of PERMISSIONS) {
      const requested = await defaultSession.requestPermission(this.webContents, permission.electron, url);
      const checked = defaultSession.checkPermission(this.webContents, permission.electron, toMainUrl(origin));
      records.permissionChecks.push({ permission: permission.electron, granted: requested && checked });
      if (requested && checked) await context.grantPermissions([permission.chromium], { origin }).catch(() => undefined);
    }
  }
  loadFile(): Promise<void> {
    return Promise.reject(new Error('electron stand-in: loadFile is not supported; serve the page through protocol.handle'));
  }
  show(): void {
    if (!this.record.visible) this.emit('show');
    this.record.visible = true;
    this.record.showCount += 1;
    this.focus();
  }
  showInactive(): void {
    this.record.visible = true;
    this.record.showCount += 1;
  }
  hide(): void {
    if (this.record.visible) this.emit('hide');
    this.record.visible = false;
    this.focused = false;
  }
  focus(): void {
    this.record.focusCount += 1;
    for (const window of windows) window.focused = false;
    this.focused = true;
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  isVisible = (): boolean => this.record.visible && !this.record.destroyed;
  isFocused = (): boolean => this.focused;
  isDestroyed = (): boolean => this.record.destroyed;
  isMinimized = (): boolean => false;
  restore(): void {}
  minimize(): void {}
  setPosition(x: number, y: number): void {
    Object.assign(this.record, { x, y });
  }
  getPosition = (): [number, number] => [this.record.x, this.record.y];
  getBounds = (): Rectangle => ({ x: this.record.x, y: this.record.y, width: this.record.width, height: this.record.height });
  getContentBounds = (): Rectangle => this.getBounds();
  getSize = (): [number, number] => [this.record.width, this.record.height];
  setBounds(bounds: Partial<Rectangle>): void {
    Object.assign(this.record, bounds);
    void this.resize();
  }
  setSize(width: number, height: number): void {
    Object.assign(this.record, { width, height });
    void this.resize();
  }
  private async resize(): Promise<void> {
    await this.ready;
    await this.webContents.livePage().setViewportSize({ width: this.record.width, height: this.record.height });
  }
  setSkipTaskbar(): void {}
  setAlwaysOnTop(): void {}
  setMenuBarVisibility(): void {}
  setAutoHideMenuBar(): void {}
  setVisibleOnAllWorkspaces(): void {}
  setTitle(): void {}
  setOverlayIcon(overlay: StandinNativeImage | null): void {
    this.overlay = overlay;
  }
  /** Closing asks 'close' first (main may prevent it and hide instead), as Electron does. */
  close(): void {
    if (this.record.destroyed) return;
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.record.destroyed) return;
    this.record.destroyed = true;
    this.record.visible = false;
    this.webContents.destroy();
    const page = this.page;
    if (page) {
      unregisterPage(page);
      void page.close().catch(() => undefined);
    }
    this.emit('closed');
  }
  /** Waits until the window's page exists (control channel, tests). */
  whenOpen(): Promise<void> {
    return this.ready;
  }
}
