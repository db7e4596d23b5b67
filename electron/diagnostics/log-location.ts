import { homedir } from 'node:os';
import { join } from 'node:path';

// Where the tray app's log file is, for a process that is not the app (the CLI's `doctor`).
// The same rule electron-log follows for the app named "Approval Tray" (its productName), so
// both find one file; APPROVAL_TRAY_LOG_FILE points elsewhere (tests, unusual setups).

export const APP_NAME = 'Approval Tray';

export function appLogFile(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  if (env.APPROVAL_TRAY_LOG_FILE) return env.APPROVAL_TRAY_LOG_FILE;
  if (platform === 'darwin') return join(home, 'Library', 'Logs', APP_NAME, 'main.log');
  const userData =
    platform === 'win32' ? join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME) : join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME);
  return join(userData, 'logs', 'main.log');
}
