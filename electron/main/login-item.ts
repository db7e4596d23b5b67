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
        const entry = autostartEntry(options.execPath);
        await mkdir(options.autostartDir, { recursive: true });
        await writeFile(file, entry, { mode: 0o644 });
        return;
      }
      app.setLoginItemSettings({ openAtLogin: enabled, openAsHidden: true, args: [HIDDEN_ARG] });
    },
  };
}

/**
 * A newline in the path would end the Exec line and start a line of the attacker's choosing
 * (another key, another Exec); other control characters have no safe spelling in the format.
 */
function hasControlCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

export function autostartEntry(execPath: string): string {
  if (hasControlCharacter(execPath)) {
    throw new Error('The app\'s path contains a control character or line break, so no autostart entry was written; launch at login stays off.');
  }
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
