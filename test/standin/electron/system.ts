import { EventEmitter } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Display, MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { records } from './records';
import type { FetchRecord } from './records';

// The small system modules: each records what the app asked for, and the test plays the OS
// (power events, going offline, answering a dialog, pressing a shortcut) through control.ts.

export const shell = {
  async openExternal(url: string): Promise<void> {
    records.openedExternally.push(url);
  },
  async openPath(path: string): Promise<string> {
    records.openedExternally.push(`path:${path}`);
    return '';
  },
  showItemInFolder(path: string): void {
    records.openedExternally.push(`folder:${path}`);
  },
  beep(): void {},
};

let clipboardText = '';
export const clipboard = {
  writeText(text: string): void {
    clipboardText = text;
    records.clipboard.push(text);
  },
  readText: (): string => clipboardText,
  clear(): void {
    clipboardText = '';
  },
};

/** The approval writes whose bodies are recorded (no secret in them; see FetchRecord.body). */
const APPROVAL_WRITE = /^\/open-apis\/approval\/v4\/tasks\/(pass|refuse)$/;

let online = process.env.ELECTRON_STANDIN_OFFLINE !== '1';
export const net = {
  /** Real HTTP (Node's fetch), recorded; offline, it fails as Chromium's network stack does. */
  async fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    const url = typeof input === 'string' ? input : input.url;
    const record: FetchRecord = { method: (init?.method ?? (typeof input === 'string' ? 'GET' : input.method)).toUpperCase(), url, at: Date.now(), outcome: 0 };
    if (APPROVAL_WRITE.test(new URL(url).pathname) && typeof init?.body === 'string') record.body = JSON.parse(init.body) as unknown;
    records.fetches.push(record);
    if (!online) {
      record.outcome = 'net::ERR_INTERNET_DISCONNECTED';
      throw new TypeError('net::ERR_INTERNET_DISCONNECTED');
    }
    try {
      const response = await fetch(input, init);
      record.outcome = response.status;
      return response;
    } catch (error) {
      record.outcome = error instanceof Error ? error.message : String(error);
      throw error;
    }
  },
  /**
   * Electron's ClientRequest, as electron-updater uses it ('response', 'error', 'redirect' never
   * fires: Node does not follow redirects), over Node's http client; recorded like fetch.
   */
  request(options: { protocol?: string; hostname?: string; host?: string; port?: number | string; path?: string; method?: string; headers?: Record<string, string> }): ClientRequest {
    const protocol = options.protocol ?? 'https:';
    const url = `${protocol}//${options.hostname ?? options.host}${options.port ? `:${options.port}` : ''}${options.path ?? '/'}`;
    const record = { method: (options.method ?? 'GET').toUpperCase(), url, at: Date.now(), outcome: 0 as number | string };
    records.fetches.push(record);
    const send = protocol === 'http:' ? httpRequest : httpsRequest;
    const request = send({ hostname: options.hostname ?? options.host, port: options.port, path: options.path, method: options.method ?? 'GET', headers: options.headers });
    request.on('response', (response) => (record.outcome = response.statusCode ?? 0));
    request.on('error', (error) => (record.outcome = error.message));
    if (!online) {
      record.outcome = 'net::ERR_INTERNET_DISCONNECTED';
      queueMicrotask(() => request.destroy(new Error('net::ERR_INTERNET_DISCONNECTED')));
    }
    return request;
  },
  isOnline: (): boolean => online,
  get online(): boolean {
    return online;
  },
};

export function setOnline(value: boolean): void {
  online = value;
}

export const powerMonitor = Object.assign(new EventEmitter(), {
  getSystemIdleState: () => 'active',
  getSystemIdleTime: () => 0,
  getCurrentThermalState: () => 'nominal',
  isOnBatteryPower: () => false,
  onBatteryPower: false,
});

export const nativeTheme = Object.assign(new EventEmitter(), {
  get themeSource(): 'system' | 'light' | 'dark' {
    return records.themeSource as 'system' | 'light' | 'dark';
  },
  set themeSource(value: 'system' | 'light' | 'dark') {
    records.themeSource = value;
    nativeTheme.emit('updated');
  },
  /** The OS is light here (ELECTRON_STANDIN_DARK=1 for a dark desktop). */
  get shouldUseDarkColors(): boolean {
    return records.themeSource === 'dark' || (records.themeSource === 'system' && process.env.ELECTRON_STANDIN_DARK === '1');
  },
  shouldUseHighContrastColors: false,
  shouldUseInvertedColorScheme: false,
  inForcedColorsMode: false,
  prefersReducedTransparency: false,
});

/** One 1920×1080 display with a 27 px top panel (a GNOME-like desktop). */
const DISPLAY: Display = {
  id: 1,
  label: 'stand-in display',
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 27, width: 1920, height: 1053 },
  size: { width: 1920, height: 1080 },
  workAreaSize: { width: 1920, height: 1053 },
  scaleFactor: 1,
  rotation: 0,
  internal: false,
  monochrome: false,
  accelerometerSupport: 'unknown',
  colorSpace: 'srgb',
  colorDepth: 24,
  depthPerComponent: 8,
  displayFrequency: 60,
  detected: true,
  maximumCursorSize: { width: 0, height: 0 },
  nativeOrigin: { x: 0, y: 0 },
  touchSupport: 'unknown',
};
export const screen = Object.assign(new EventEmitter(), {
  getPrimaryDisplay: () => DISPLAY,
  getAllDisplays: () => [DISPLAY],
  getDisplayNearestPoint: () => DISPLAY,
  getDisplayMatching: () => DISPLAY,
  getCursorScreenPoint: () => ({ x: 960, y: 540 }),
});

/** Not OS-backed here: a reversible marker, so code paths run; it protects nothing. */
export const safeStorage = {
  isEncryptionAvailable: () => true,
  getSelectedStorageBackend: () => 'basic_text',
  encryptString: (text: string) => Buffer.concat([Buffer.from('standin:'), Buffer.from(text, 'utf8')]),
  decryptString(buffer: Buffer): string {
    if (!buffer.subarray(0, 8).equals(Buffer.from('standin:'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
    return buffer.subarray(8).toString('utf8');
  },
  setUsePlainTextEncryption(): void {},
};

/** Answers the test queued (control.ts); without one, the dialog's cancel button. */
const dialogAnswers: Partial<MessageBoxReturnValue>[] = [];
export function queueDialogAnswer(answer: Partial<MessageBoxReturnValue>): void {
  dialogAnswers.push(answer);
}

function messageBox(windowOrOptions: unknown, maybeOptions?: MessageBoxOptions): MessageBoxReturnValue {
  const options = (maybeOptions ?? windowOrOptions) as MessageBoxOptions;
  const scripted = dialogAnswers.shift();
  const response: MessageBoxReturnValue = { response: scripted?.response ?? options.cancelId ?? 0, checkboxChecked: scripted?.checkboxChecked ?? options.checkboxChecked ?? false };
  records.dialogs.push({ kind: 'message-box', options: { ...options, icon: undefined, signal: undefined }, response });
  return response;
}

export const dialog = {
  showMessageBox: async (windowOrOptions: unknown, options?: MessageBoxOptions) => messageBox(windowOrOptions, options),
  showMessageBoxSync: (windowOrOptions: unknown, options?: MessageBoxOptions) => messageBox(windowOrOptions, options).response,
  showErrorBox(title: string, content: string): void {
    records.dialogs.push({ kind: 'error-box', options: { title, content }, response: null });
  },
  async showOpenDialog(_window: unknown, options?: Record<string, unknown>) {
    records.dialogs.push({ kind: 'open', options: options ?? {}, response: { canceled: true } });
    return { canceled: true, filePaths: [] as string[] };
  },
  async showSaveDialog(_window: unknown, options?: Record<string, unknown>) {
    records.dialogs.push({ kind: 'save', options: options ?? {}, response: { canceled: true } });
    return { canceled: true, filePath: '' };
  },
};

const shortcuts = new Map<string, () => void>();
export const globalShortcut = {
  register(accelerator: string, callback: () => void): boolean {
    if (shortcuts.has(accelerator)) return false;
    shortcuts.set(accelerator, callback);
    records.shortcuts = [...shortcuts.keys()];
    return true;
  },
  isRegistered: (accelerator: string) => shortcuts.has(accelerator),
  unregister(accelerator: string): void {
    shortcuts.delete(accelerator);
    records.shortcuts = [...shortcuts.keys()];
  },
  unregisterAll(): void {
    shortcuts.clear();
    records.shortcuts = [];
  },
};

/** The user presses a registered global shortcut. */
export function pressShortcut(accelerator: string): void {
  const callback = shortcuts.get(accelerator);
  if (!callback) throw new Error(`no global shortcut ${accelerator} is registered (have: ${[...shortcuts.keys()].join(', ')})`);
  callback();
}
