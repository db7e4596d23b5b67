import type * as Electron from 'electron';
import type { MainLogger } from 'electron-log';
import type ElectronStore from 'electron-store';
import type { LogBackend } from '../../electron/main/logger';
import type { SettingsStoreConstructor } from '../../electron/main/settings-store';
import type { GlobalShortcutElectron } from '../../electron/main/global-shortcut';
import type { IpcMainLike } from '../../electron/main/ipc-adapter';
import type { NotificationElectron } from '../../electron/main/notification-adapter';
import type { PlatformBadgeElectron, PlatformBadgeOptions } from '../../electron/main/platform-badge';
import type { PowerElectron } from '../../electron/main/power-adapter';
import type { TrayElectron } from '../../electron/main/tray-adapter';
import type { MainWindowElectron } from '../../electron/main/main-window';

// Compile-time proof that the real Electron APIs fit each adapter's parameter type, so the
// adapters (and the fakes that implement the same types) cannot drift from electron.d.ts.
// Type-only: nothing here runs.

export type RealElectronFits = [
  Fits<Pick<MainWindowElectron, 'BrowserWindow'>, { BrowserWindow: typeof Electron.BrowserWindow }>,
  Fits<MainWindowElectron['screen'], Electron.Screen>,
  Fits<TrayElectron, { Tray: typeof Electron.Tray; Menu: typeof Electron.Menu; nativeImage: typeof Electron.nativeImage }>,
  Fits<NotificationElectron, { Notification: typeof Electron.Notification }>,
  Fits<PlatformBadgeElectron, { app: Electron.App; nativeImage: typeof Electron.nativeImage }>,
  Fits<NonNullable<ReturnType<PlatformBadgeOptions<Electron.NativeImage>['getWindow']>>, Electron.BrowserWindow>,
  Fits<PowerElectron, { powerMonitor: Electron.PowerMonitor; net: Electron.Net }>,
  Fits<SettingsStoreConstructor, typeof ElectronStore>,
  Fits<LogBackend, MainLogger>,
  Fits<IpcMainLike, Electron.IpcMain>,
  Fits<GlobalShortcutElectron, { globalShortcut: Electron.GlobalShortcut }>,
];

type Fits<Port, Real extends Port> = Real;
