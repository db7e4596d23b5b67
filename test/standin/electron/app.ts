import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { LoginItemSettingsOptions, Settings } from 'electron';
import type { Page } from 'playwright-core';
import { StandinBrowserWindow } from './browser-window';
import { closeChromium, launchChromium } from './chromium-session';
import { setReadyCheck } from './protocol';
import { records } from './records';
import { requestLock } from './single-instance';
import type { SingleInstanceLock } from './single-instance';
import { nativeTheme } from './system';

// app: the process lifecycle (ready after the browser is up, before-quit → will-quit → quit →
// exit), paths under $HOME as Electron computes them on Linux, the single-instance lock across
// processes, and the small settings main records (login item, badge, app user model id).

/** The app's package.json, found next to the main script as Electron finds it. */
function appPackage(): { dir: string; json: { name?: string; productName?: string; version?: string } } {
  let dir = dirname(resolve(process.argv[1] ?? '.'));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) return { dir, json: JSON.parse(readFileSync(file, 'utf8')) as { name?: string; productName?: string; version?: string } };
    if (dirname(dir) === dir) return { dir: process.cwd(), json: {} };
    dir = dirname(dir);
  }
}

const pkg = appPackage();
const overriddenPaths = new Map<string, string>();
let name = pkg.json.productName ?? pkg.json.name ?? 'Electron';
let ready = false;
let quitting = false;
let lock: SingleInstanceLock | null = null;
let loginItem: LoginItemSettingsOptions = {};
const languages = (process.env.ELECTRON_STANDIN_LANGUAGES ?? 'en-US').split(',');
let resolveReady: () => void = () => undefined;
const readyPromise = new Promise<void>((resolve) => (resolveReady = resolve));
setReadyCheck(() => ready);

function getPath(which: string): string {
  const overridden = overriddenPaths.get(which);
  if (overridden) return overridden;
  const home = homedir();
  const appData = process.env.XDG_CONFIG_HOME || join(home, '.config');
  const userData = overriddenPaths.get('userData') ?? join(appData, name);
  const paths: Record<string, string> = {
    home,
    appData,
    userData,
    sessionData: userData,
    logs: join(userData, 'logs'),
    crashDumps: join(userData, 'Crashpad'),
    temp: tmpdir(),
    exe: process.execPath,
    module: process.execPath,
    desktop: join(home, 'Desktop'),
    documents: join(home, 'Documents'),
    downloads: join(home, 'Downloads'),
    music: join(home, 'Music'),
    pictures: join(home, 'Pictures'),
    videos: join(home, 'Videos'),
    recent: join(home, '.local/share/recently-used.xbel'),
  };
  const path = paths[which];
  if (!path) throw new Error(`Failed to get '${which}' path`);
  return path;
}

// A packaged app's resources folder (app-update.yml, package-type), when the test gives one.
if (process.env.ELECTRON_STANDIN_RESOURCES) (process as { resourcesPath?: string }).resourcesPath = process.env.ELECTRON_STANDIN_RESOURCES;

export class StandinApp extends EventEmitter {
  readonly commandLine = { appendSwitch: () => undefined, appendArgument: () => undefined, hasSwitch: () => false, getSwitchValue: () => '' };
  readonly isPackaged = process.env.ELECTRON_STANDIN_PACKAGED === '1';
  /** Linux has no dock (Electron's app.dock is macOS only). */
  readonly dock = undefined;

  get name(): string {
    return name;
  }
  set name(value: string) {
    name = value;
  }
  getName = (): string => name;
  setName(value: string): void {
    name = value;
  }
  getVersion = (): string => pkg.json.version ?? '0.0.0';
  getAppPath = (): string => pkg.dir;
  getPath = getPath;
  setPath(which: string, path: string): void {
    overriddenPaths.set(which, path);
  }
  getLocale = (): string => languages[0] ?? 'en-US';
  getSystemLocale = (): string => languages[0] ?? 'en-US';
  getPreferredSystemLanguages = (): string[] => [...languages];
  isReady = (): boolean => ready;
  whenReady(): Promise<void> {
    this.boot();
    return readyPromise;
  }
  override on(event: string | symbol, listener: (...args: never[]) => void): this {
    if (event === 'ready') this.boot();
    return super.on(event, listener as (...args: unknown[]) => void);
  }
  override once(event: string | symbol, listener: (...args: never[]) => void): this {
    if (event === 'ready') this.boot();
    return super.once(event, listener as (...args: unknown[]) => void);
  }
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean {
    if (lock) return lock.acquired;
    lock = requestLock(getPath('userData'), additionalData ?? null, (second) => {
      records.secondInstances.push({ argv: second.argv, cwd: second.workingDirectory });
      this.emit('second-instance', { preventDefault() {} }, second.argv, second.workingDirectory, second.additionalData);
    });
    records.singleInstanceLock = lock.acquired;
    return lock.acquired;
  }
  hasSingleInstanceLock = (): boolean => lock?.acquired ?? false;
  releaseSingleInstanceLock(): void {
    lock?.release();
  }
  setLoginItemSettings(settings: Settings): void {
    loginItem = { ...settings };
    records.loginItem = { ...settings };
  }
  getLoginItemSettings = () => ({ openAtLogin: false, openAsHidden: false, wasOpenedAtLogin: false, wasOpenedAsHidden: false, restoreState: false, executableWillLaunchAtLogin: false, launchItems: [], status: 'not-registered', ...loginItem });
  setAppUserModelId(id: string): void {
    records.appUserModelId = id;
  }
  setBadgeCount(count?: number): boolean {
    records.badgeCount = count ?? 0;
    return true;
  }
  getBadgeCount = (): number => records.badgeCount;
  focus(): void {}
  show(): void {}
  hide(): void {}
  setAboutPanelOptions(): void {}
  disableHardwareAcceleration(): void {}
  relaunch(): void {}
  isInApplicationsFolder = (): boolean => false;

  /** before-quit (preventable) → windows closed → will-quit (preventable) → quit → exit. */
  quit(): void {
    if (quitting) return;
    const beforeQuit = preventable();
    this.emit('before-quit', beforeQuit);
    if (beforeQuit.defaultPrevented) return;
    for (const window of StandinBrowserWindow.getAllWindows()) window.close();
    if (StandinBrowserWindow.getAllWindows().length > 0) return;
    const willQuit = preventable();
    this.emit('will-quit', willQuit);
    if (willQuit.defaultPrevented) return;
    quitting = true;
    records.quitting = true;
    this.emit('quit', preventable(), 0);
    void this.shutDown(0);
  }
  exit(code = 0): void {
    quitting = true;
    records.quitting = true;
    void this.shutDown(code);
  }
  private async shutDown(code: number): Promise<void> {
    await lock?.delivered;
    await closeChromium();
    lock?.release();
    process.exit(code);
  }

  private booting = false;
  /**
   * Electron is ready once its browser process is, after the main script's first turn. The
   * first ask for 'ready' comes while main's module graph evaluates (synchronously), so one
   * setImmediate later main's top level has run (schemes registered, lock taken).
   */
  private boot(): void {
    if (this.booting) return;
    this.booting = true;
    this.start().catch((error: unknown) => {
      console.error(`electron stand-in: the app could not start: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(70);
    });
  }
  private async start(): Promise<void> {
    await new Promise((resolve) => setImmediate(resolve));
    if (quitting || records.quitting) return;
    if (lock && !lock.acquired) return;
    const userData = getPath('userData');
    await launchChromium({ userDataDir: join(userData, 'Chromium'), locale: this.getLocale(), dark: nativeTheme.shouldUseDarkColors, onPopup: onPopup });
    ready = true;
    records.ready = true;
    this.emit('will-finish-launching');
    this.emit('ready', preventable(), {});
    resolveReady();
  }
}

function preventable(): { defaultPrevented: boolean; preventDefault(): void } {
  const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

async function onPopup(page: Page, opener: Page, url: string): Promise<void> {
  const window = StandinBrowserWindow.getAllWindows().find((candidate) => candidate.webContents.livePage() === opener);
  const answer = window?.webContents.windowOpen(url) ?? { action: 'deny' };
  if (answer.action === 'deny') await page.close().catch(() => undefined);
}

export const app = new StandinApp();
