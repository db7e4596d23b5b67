import { app } from './app';
import { StandinBrowserWindow } from './browser-window';
import { listenForControl } from './control';
import { ipcMain } from './ipc-main';
import { StandinMenu, StandinMenuItem } from './menu';
import { nativeImage } from './native-image';
import { StandinNotification } from './notification';
import { protocol } from './protocol';
import { session } from './session';
import { clipboard, dialog, globalShortcut, nativeTheme, net, powerMonitor, safeStorage, screen, shell } from './system';
import { StandinTray } from './tray';
import { StandinWebContents } from './web-contents';

// The `electron` module as the main bundle sees it (register.ts maps the specifier here, for
// import and require alike). Test-only: it is never bundled into the app.

export const BrowserWindow = StandinBrowserWindow;
export const Menu = StandinMenu;
export const MenuItem = StandinMenuItem;
export const Notification = StandinNotification;
export const Tray = StandinTray;
export const webContents = {
  getAllWebContents: StandinWebContents.getAllWebContents,
  fromId: StandinWebContents.fromId,
  getFocusedWebContents: StandinWebContents.getFocusedWebContents,
};
export { app, clipboard, dialog, globalShortcut, ipcMain, nativeImage, nativeTheme, net, powerMonitor, protocol, safeStorage, screen, session, shell };

const electron = {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  MenuItem,
  nativeImage,
  nativeTheme,
  net,
  Notification,
  powerMonitor,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  Tray,
  webContents,
};
export default electron;

listenForControl();
