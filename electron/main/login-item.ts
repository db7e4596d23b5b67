import type { App } from 'electron';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// Launch at login. macOS and Windows have an API for it; Linux desktops follow the XDG autostart
// spec: a .desktop file in ~/.config/autostart.

export const AUTOSTART_FILE = 'approval-tray.desktop';
/** Passed at login so the app starts in the tray without opening its window. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemOptions {
  platform: NodeJS.Platform;
  /** process.execPath; inside an AppImage, pass process.env.APPIMAGE (the mount path changes). */
  execPath: string;
  /** ~/.config/autostart (or $XDG_CONFIG_HOME/autostart). */
  autostartDir: string;
}

export interface LoginItem {
  setEnabled(enabled: boolean): Promise<void>;
}

export function createLoginItem(app: Pick<App, 'setLoginItemSettings'>, options: LoginItemOptions): LoginItem {
  return {
    async setEnabled(enabled) {
      if (options.platform === 'linux') {
        const file = join(options.autostartDir, AUTOSTART_FILE);
        if (!enabled) return rm(file, { force: true });
        await mkdir(options.autostartDir, { recursive: true });
        await writeFile(file, autostartEntry(options.execPath), { mode: 0o644 });
        return;
      }
      app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_ARG] });
    },
  };
}

export function autostartEntry(execPath: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Approval Tray',
    'Comment=Feishu / Lark approvals in your tray',
    `Exec=${quoteExecArgument(execPath)} ${HIDDEN_ARG}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Desktop Entry spec: quote, escape `"` `` ` `` `$` `\` inside quotes, and double `%` (field codes). */
export function quoteExecArgument(value: string): string {
  const escaped = value.replace(/%/g, '%%');
  if (!/[\s"'`$\\<>~|&;*?#()]/.test(escaped)) return escaped;
  // The file format unescapes `\` once before the Exec quoting rules apply, hence the doubling:
  // a literal backslash is four, a literal `$` is `\\$`.
  return `"${escaped.replace(/\\/g, '\\\\\\\\').replace(/(["`$])/g, '\\\\$1')}"`;
}
