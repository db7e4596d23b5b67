import type {
  BrowserWindowConstructorOptions,
  Event,
  HandlerDetails,
  Point,
  Rectangle,
  Session,
  WebContents,
  WindowOpenHandlerResponse,
} from 'electron';
import type { MainWindowElectron, WindowContents, WindowLike } from '../../electron/main/main-window';

// Part of the Electron fakes; import them from ./electron (see there).

// ── BrowserWindow ────────────────────────────────────────────────────────────────────────────

type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];

export class FakeSession implements Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'> {
  requestHandler: PermissionRequestHandler = null;
  checkHandler: PermissionCheckHandler = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
  /** Asks for a permission as a page would; resolves with the answer. */
  request(permission: Parameters<NonNullable<PermissionRequestHandler>>[1]): Promise<boolean> {
    return new Promise((resolve) => {
      if (!this.requestHandler) return resolve(true); // Electron's default is to grant
      this.requestHandler({} as WebContents, permission, resolve, {} as never);
    });
  }
}

export class FakeWebContents implements WindowContents {
  readonly session = new FakeSession();
  readonly sent: { channel: string; args: unknown[] }[] = [];
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  private readonly listeners = new Map<string, ((details: Event<{ url: string }>) => void)[]>();

  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  on(event: 'will-navigate' | 'will-redirect', listener: (details: Event<{ url: string }>) => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  /** What window.open(url) in the page would get. */
  windowOpen(url: string): WindowOpenHandlerResponse {
    return this.openHandler ? this.openHandler({ url } as HandlerDetails) : { action: 'allow' };
  }
  /** Fires a navigation (or redirect); returns true when the page was allowed to go there. */
  navigate(url: string, event: 'will-navigate' | 'will-redirect' = 'will-navigate'): boolean {
    let prevented = false;
    const details = { url, preventDefault: () => (prevented = true), defaultPrevented: false };
    for (const listener of this.listeners.get(event) ?? []) listener(details);
    return !prevented;
  }
}

export class FakeBrowserWindow implements WindowLike {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  visible = false;
  destroyed = false;
  focused = false;
  skipTaskbar: boolean;
  position: [number, number] = [0, 0];
  private readonly closeListeners: ((event: Event) => void)[] = [];
  private readonly blurListeners: (() => void)[] = [];

  constructor(readonly options: BrowserWindowConstructorOptions) {
    this.skipTaskbar = options.skipTaskbar ?? false;
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {
    this.focused = true;
  }
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setPosition(x: number, y: number): void {
    this.position = [x, y];
  }
  setSkipTaskbar(skip: boolean): void {
    this.skipTaskbar = skip;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  on(event: 'close', listener: (event: Event) => void): this;
  on(event: 'blur', listener: () => void): this;
  on(event: 'close' | 'blur', listener: ((event: Event) => void) | (() => void)): this {
    if (event === 'blur') this.blurListeners.push(listener as () => void);
    else this.closeListeners.push(listener);
    return this;
  }
  /** Another window (or the tray, or the desktop) takes the focus. */
  blur(): void {
    this.focused = false;
    for (const listener of this.blurListeners) listener();
  }
  /** The user clicks the close button; returns true when the window really closed. */
  close(): boolean {
    let prevented = false;
    for (const listener of this.closeListeners) listener({ preventDefault: () => (prevented = true), defaultPrevented: false });
    if (!prevented) this.destroyed = true;
    return !prevented;
  }
}

/** A BrowserWindow class that records the windows it made (fresh per test: no shared state). */
export function fakeBrowserWindowClass(): typeof FakeBrowserWindow & { created: FakeBrowserWindow[] } {
  const created: FakeBrowserWindow[] = [];
  const BrowserWindow = class extends FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      super(options);
      created.push(this);
    }
  };
  return Object.assign(BrowserWindow, { created });
}

export function fakeScreen(workArea: Rectangle): MainWindowElectron['screen'] & { asked: Point[] } {
  const asked: Point[] = [];
  return {
    asked,
    getDisplayNearestPoint(point: Point) {
      asked.push(point);
      return { workArea };
    },
  };
}
