import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { app } from './app';
import { StandinBrowserWindow } from './browser-window';
import { StandinNotification } from './notification';
import { records } from './records';
import { powerMonitor, pressShortcut, queueDialogAnswer, setOnline } from './system';
import { StandinTray } from './tray';

// The test's side door into the app process (Node's IPC channel from fork): read the records,
// and act as the user or the OS would (click the tray or a notification, sleep and wake, go
// offline, answer a dialog). Nothing here reaches into the app's own code.

export type ControlCommand =
  | { cmd: 'records' }
  | { cmd: 'devtools-port' }
  | { cmd: 'tray-click'; button?: 'left' | 'right' }
  | { cmd: 'tray-menu'; label: string }
  | { cmd: 'notification-click'; index: number; action?: number }
  | { cmd: 'power'; event: 'suspend' | 'resume' | 'lock-screen' | 'unlock-screen' | 'shutdown' }
  | { cmd: 'online'; value: boolean }
  | { cmd: 'dialog-answer'; response: number; checkboxChecked?: boolean }
  | { cmd: 'shortcut'; accelerator: string }
  | { cmd: 'screenshot'; windowId?: number }
  | { cmd: 'open-window'; url: string }
  | { cmd: 'close-window'; windowId?: number }
  | { cmd: 'quit' }
  /** app.exit(): no quit events, the browser closed, then the process ends (the test's teardown). */
  | { cmd: 'exit' };

async function run(command: ControlCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'records':
      return records;
    case 'devtools-port':
      return Number(readFileSync(join(app.getPath('userData'), 'Chromium', 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    case 'tray-click':
      return liveTray().click(command.button);
    case 'tray-menu':
      return liveTray().clickMenuItem(command.label);
    case 'notification-click': {
      const notification = StandinNotification.all[command.index];
      if (!notification) throw new Error(`no notification #${command.index} (${StandinNotification.all.length} shown)`);
      return notification.click(command.action);
    }
    case 'power':
      return void powerMonitor.emit(command.event, { preventDefault() {} });
    case 'online':
      return setOnline(command.value);
    case 'dialog-answer':
      return queueDialogAnswer({ response: command.response, checkboxChecked: command.checkboxChecked ?? false });
    case 'shortcut':
      return pressShortcut(command.accelerator);
    case 'screenshot': {
      const window = windowOf(command.windowId);
      await window.whenOpen();
      return (await window.webContents.livePage().screenshot()).toString('base64');
    }
    case 'open-window': {
      // A second window with the first one's web preferences (its preload), on another URL.
      const first = windowOf(undefined);
      const window = new StandinBrowserWindow({ width: 400, height: 300, show: false, webPreferences: first.record.options.webPreferences });
      await window.loadURL(command.url).catch(() => undefined);
      return window.id;
    }
    case 'close-window':
      return windowOf(command.windowId).close();
    case 'quit':
      return app.quit();
    case 'exit':
      return app.exit(0);
  }
}

function liveTray(): StandinTray {
  const tray = StandinTray.all.filter((candidate) => !candidate.isDestroyed()).at(-1);
  if (!tray) throw new Error('the app has no tray icon');
  return tray;
}

function windowOf(id: number | undefined): StandinBrowserWindow {
  const window = id === undefined ? StandinBrowserWindow.getAllWindows()[0] : StandinBrowserWindow.fromId(id);
  if (!window) throw new Error(`no window ${id ?? ''}`);
  return window;
}

export function listenForControl(): void {
  if (!process.send) return;
  process.on('message', (message: { id: number; command: ControlCommand }) => {
    void run(message.command).then(
      (value) => process.send?.({ id: message.id, ok: true, value: value ?? null }),
      (error: unknown) => process.send?.({ id: message.id, ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
  // The channel must not keep a quitting app alive.
  process.channel?.unref();
}
