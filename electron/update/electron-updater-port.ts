import type { AppUpdater, ProgressInfo, UpdateInfo } from 'electron-updater';
import type { UpdaterEvent, UpdaterPort } from './updater-port';

// electron-updater's AppUpdater as an UpdaterPort. Downloads in the background (autoDownload),
// installs only when the user clicks "Restart to update" (autoInstallOnAppQuit stays off until
// then), and keeps every check on: the sha512 of the download against the feed, and on Windows
// the installer's publisher signature (verifyUpdateCodeSignature is electron-updater's default).

export interface UpdaterLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export function createElectronUpdaterPort(updater: AppUpdater, log: UpdaterLog): UpdaterPort {
  updater.autoDownload = true;
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  updater.logger = { info: (m) => log.info(`updater: ${String(m)}`), warn: (m) => log.warn(`updater: ${String(m)}`), error: (m) => log.error(`updater: ${String(m)}`), debug: () => undefined };
  const listeners: ((event: UpdaterEvent) => void)[] = [];
  const emit = (event: UpdaterEvent) => listeners.forEach((listener) => listener(event));
  updater.on('update-available', (info: UpdateInfo) => emit({ type: 'available', version: info.version }));
  updater.on('update-not-available', () => emit({ type: 'not-available' }));
  updater.on('download-progress', (progress: ProgressInfo) => emit({ type: 'progress', percent: progress.percent }));
  updater.on('update-downloaded', (info: UpdateInfo) => emit({ type: 'downloaded', version: info.version, releaseNotes: releaseNotesText(info.releaseNotes) }));
  updater.on('error', (error: Error) => emit({ type: 'error', message: error.message.split('\n')[0] ?? 'unknown error' }));
  return {
    async check() {
      const result = await updater.checkForUpdates();
      await result?.downloadPromise;
    },
    quitAndInstall() {
      updater.autoInstallOnAppQuit = true; // the user chose it
      updater.quitAndInstall(false, true);
    },
    onEvent: (listener) => void listeners.push(listener),
  };
}

/** The feed's release notes as plain text (a string, or one note per version), or null. */
export function releaseNotesText(notes: UpdateInfo['releaseNotes']): string | null {
  if (!notes) return null;
  const text = typeof notes === 'string' ? notes : notes.map((note) => `${note.version}: ${note.note ?? ''}`).join('\n\n');
  return text.trim() === '' ? null : text.trim();
}
