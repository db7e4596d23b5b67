import { app, BrowserWindow, Tray, nativeImage } from 'electron';
import { join } from 'node:path';

// Composition root (minimal for now): one tray icon and one window showing the React app.
let tray: Tray | null = null;

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 420,
    height: 640,
    show: false,
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    },
  });
  void window.loadFile(join(__dirname, '../renderer/index.html'));
  window.once('ready-to-show', () => window.show());
  return window;
}

void app.whenReady().then(() => {
  const window = createWindow();
  tray = new Tray(nativeImage.createEmpty());
  tray.setToolTip('Approval Tray');
  tray.on('click', () => (window.isVisible() ? window.hide() : window.show()));
});
