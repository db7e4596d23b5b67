// What the update controller needs from an updater (electron-updater's AppUpdater, adapted in
// electron-updater-port.ts). Events arrive in order: available → progress… → downloaded, or error.

export type UpdaterEvent =
  | { type: 'available'; version: string }
  | { type: 'not-available' }
  | { type: 'progress'; percent: number }
  /** Downloaded and its sha512 matched the feed's. */
  | { type: 'downloaded'; version: string; releaseNotes: string | null }
  | { type: 'error'; message: string };

export interface UpdaterPort {
  /** Looks at the feed and, when there is a newer version, downloads it; settles when done. */
  check(): Promise<void>;
  /** Quits and installs the downloaded update. */
  quitAndInstall(): void;
  onEvent(listener: (event: UpdaterEvent) => void): void;
}
