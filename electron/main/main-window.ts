import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Display,
  Event,
  HandlerDetails,
  Point,
  Rectangle,
  Session,
  WindowOpenHandlerResponse,
} from 'electron';
import type { LoggerPort, RendererPort, WindowPort } from '../../shared/app/app-ports';
import type { EventChannel, EventPayloads } from '../../shared/ipc/contract';
import { windowPosition } from '../../shared/tray/window-position';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';

// The one window: hardened (Electron's security checklist), created on first show, hidden
// rather than closed, and popped up at the tray icon.

export const WINDOW_SIZE = { width: 400, height: 620 };

export interface WindowContents {
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
  on(event: 'will-navigate', listener: (details: Event<{ url: string }>) => void): unknown;
  on(event: 'will-redirect', listener: (details: Event<{ url: string }>) => void): unknown;
  send(channel: string, ...args: unknown[]): void;
  readonly session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
}

export interface WindowLike
  extends Pick<BrowserWindow, 'show' | 'hide' | 'focus' | 'isVisible' | 'isDestroyed' | 'setPosition' | 'setSkipTaskbar' | 'loadURL'> {
  on(event: 'close', listener: (event: Event) => void): unknown;
  on(event: 'blur', listener: () => void): unknown;
  readonly webContents: WindowContents;
}

export interface MainWindowElectron {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => WindowLike;
  screen: { getDisplayNearestPoint(point: Point): Pick<Display, 'workArea'> };
}

export interface MainWindowOptions {
  preloadPath: string;
  platform: NodeJS.Platform;
  /** The tray icon's bounds (empty or null where the platform does not say). */
  getTrayBounds: () => Rectangle | null;
  log: LoggerPort;
  /** Where the app page is (default app://renderer/index.html; a dev server in development). */
  entryUrl?: string;
  /** Which URLs the window may navigate to (default: the app's own origin). */
  isOwnUrl?: (url: string) => boolean;
  /** The clock (epoch ms), for telling a tray click apart from the blur it caused. */
  now?: () => number;
}

/**
 * A click on the tray icon first takes focus from the popover (which hides it), then arrives as
 * "toggle": within this long after a blur-hide, the toggle means "hide", which already happened.
 */
const BLUR_TOGGLE_GRACE_MS = 300;

/** macOS and Windows: a tray popover that hides when it loses focus. Linux: a normal window. */
export function isPopover(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32';
}

export interface MainWindow extends WindowPort, RendererPort {
  hide(): void;
  toggle(): void;
  /** From now on a close really closes (the app is quitting). */
  allowClose(): void;
}

export function createMainWindow(electron: MainWindowElectron, options: MainWindowOptions): MainWindow {
  let window: WindowLike | null = null;
  let quitting = false;
  let blurHiddenAt = Number.NEGATIVE_INFINITY;
  const now = options.now ?? Date.now;
  const live = () => (window && !window.isDestroyed() ? window : null);

  const create = (): WindowLike => {
    const created = new electron.BrowserWindow({
      ...WINDOW_SIZE,
      show: false,
      // Linux gets no tray bounds, so its window is a normal, movable one; elsewhere a popover.
      frame: !isPopover(options.platform),
      resizable: true,
      skipTaskbar: true,
      fullscreenable: false,
      webPreferences: {
        preload: options.preloadPath,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
      },
    });
    harden(created, options.isOwnUrl ?? isAppUrl, options.log);
    created.on('close', (event) => {
      if (quitting) return;
      event.preventDefault();
      hide();
    });
    if (isPopover(options.platform)) {
      created.on('blur', () => {
        if (!created.isVisible()) return;
        blurHiddenAt = now();
        hide();
      });
    }
    created.loadURL(options.entryUrl ?? APP_ENTRY_URL).catch((error: unknown) => options.log.error('window: could not load the app page', error));
    return created;
  };

  const hide = () => {
    const current = live();
    if (!current) return;
    current.hide();
    current.setSkipTaskbar(true);
  };

  const show = () => {
    const current = live() ?? (window = create());
    const trayBounds = options.getTrayBounds();
    const anchor = trayBounds && trayBounds.width > 0 ? { x: trayBounds.x, y: trayBounds.y } : { x: 0, y: 0 };
    const { workArea } = electron.screen.getDisplayNearestPoint(anchor);
    const { x, y } = windowPosition({ trayBounds, windowSize: WINDOW_SIZE, workArea, platform: options.platform });
    current.setPosition(x, y);
    current.setSkipTaskbar(false);
    current.show();
    current.focus();
  };

  return {
    show,
    hide,
    isVisible: () => live()?.isVisible() ?? false,
    toggle: () => {
      if (live()?.isVisible()) hide();
      else if (now() - blurHiddenAt >= BLUR_TOGGLE_GRACE_MS) show();
    },
    allowClose: () => {
      quitting = true;
    },
    send<E extends EventChannel>(channel: E, payload: EventPayloads[E]) {
      live()?.webContents.send(channel, payload);
    },
  };
}

/** No pop-ups, no navigation away from the app, no permissions. */
function harden(window: WindowLike, isOwnUrl: (url: string) => boolean, log: LoggerPort): void {
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (details: Event<{ url: string }>) => {
    if (isOwnUrl(details.url)) return;
    details.preventDefault();
    log.warn('window: blocked navigation away from the app');
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
