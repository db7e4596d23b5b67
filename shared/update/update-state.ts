// What the updater is doing, as About and the tray menu show it. Times are epoch ms.
export type UpdateState =
  /** No feed was configured when this build was packaged (or it is a development run). */
  | { kind: 'off'; reason: 'no-feed' | 'not-packaged' }
  | { kind: 'idle'; lastCheckAt: number | null }
  | { kind: 'checking' }
  | { kind: 'downloading'; version: string; percent: number }
  /** Downloaded and checksum-verified: "Restart to update to 1.2.3". */
  | { kind: 'ready'; version: string; releaseNotes: string | null }
  /** The check or download failed (a corrupt file is discarded); tried again at retryAt. */
  | { kind: 'failed'; message: string; retryAt: number };
