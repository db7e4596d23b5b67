// What a user would see or what left the app, recorded by the stand-in's modules and read by the
// test through the control channel (control.ts). Plain data only: it crosses a process boundary.

export interface FetchRecord {
  method: string;
  url: string;
  at: number;
  /** HTTP status, or the error text when the request failed. */
  outcome: number | string;
  /**
   * The JSON body of an approval write (tasks/pass, tasks/refuse: instance, task id and comment),
   * so a test can say which task went out with what reason. Other bodies are not kept: token
   * exchanges carry secrets.
   */
  body?: unknown;
}

export interface MenuItemRecord {
  label: string;
  type: string;
  enabled: boolean;
  checked?: boolean;
  submenu?: MenuItemRecord[];
}

export interface TrayRecord {
  /** The current image as PNG (base64) at 1×, and which scale factors it carries. */
  png: string;
  scaleFactors: number[];
  template: boolean;
  toolTip: string;
  title: string;
  menu: MenuItemRecord[] | null;
  destroyed: boolean;
  /** How many images were set over its life (the first included). */
  imageChanges: number;
}

export interface NotificationRecord {
  title: string;
  body: string;
  subtitle?: string;
  silent?: boolean;
  actions: string[];
  shown: boolean;
  closed: boolean;
  at: number;
}

export interface WindowRecord {
  id: number;
  width: number;
  height: number;
  x: number;
  y: number;
  visible: boolean;
  destroyed: boolean;
  /** The URL main loaded, as main sees it (app://…). */
  url: string;
  focusCount: number;
  showCount: number;
  options: { frame?: boolean; show?: boolean; webPreferences: Record<string, unknown> };
}

export interface NavigationRecord {
  windowId: number;
  url: string;
  event: 'will-navigate' | 'window-open';
  /** For will-navigate: whether main prevented it; for window-open: main's answer. */
  outcome: 'prevented' | 'allowed' | 'deny' | 'allow';
}

export interface DialogRecord {
  kind: 'message-box' | 'error-box' | 'open' | 'save';
  options: Record<string, unknown>;
  response: unknown;
}

export interface PageProblem {
  windowId: number;
  /** `network`: a resource the page could not fetch from outside (this machine may have no internet). */
  kind: 'page-error' | 'console-error' | 'csp-violation' | 'crash' | 'load-failed' | 'network';
  text: string;
}

export interface IpcRecord {
  channel: string;
  frameUrl: string;
  mainFrame: boolean;
  outcome: 'ok' | 'error' | 'no-handler';
}

export interface StandinRecords {
  pid: number;
  ready: boolean;
  singleInstanceLock: boolean | null;
  secondInstances: { argv: string[]; cwd: string }[];
  quitting: boolean;
  fetches: FetchRecord[];
  tray: TrayRecord[];
  notifications: NotificationRecord[];
  openedExternally: string[];
  windows: WindowRecord[];
  navigations: NavigationRecord[];
  permissionChecks: { permission: string; granted: boolean }[];
  dialogs: DialogRecord[];
  problems: PageProblem[];
  ipc: IpcRecord[];
  clipboard: string[];
  badgeCount: number;
  loginItem: Record<string, unknown> | null;
  appUserModelId: string | null;
  themeSource: string;
  shortcuts: string[];
  schemes: string[];
}

export function createRecords(): StandinRecords {
  return {
    pid: process.pid,
    ready: false,
    singleInstanceLock: null,
    secondInstances: [],
    quitting: false,
    fetches: [],
    tray: [],
    notifications: [],
    openedExternally: [],
    windows: [],
    navigations: [],
    permissionChecks: [],
    dialogs: [],
    problems: [],
    ipc: [],
    clipboard: [],
    badgeCount: 0,
    loginItem: null,
    appUserModelId: null,
    themeSource: 'system',
    shortcuts: [],
    schemes: [],
  };
}

/** What fails a scenario: everything but `network` (which depends on the machine's connection). */
export function appProblems(records: Pick<StandinRecords, 'problems'>): PageProblem[] {
  return records.problems.filter((problem) => problem.kind !== 'network');
}

/** The one record store of this process (the stand-in is one per app process, like Electron). */
export const records = createRecords();
