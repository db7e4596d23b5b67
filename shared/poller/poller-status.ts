import type { ApiErrorKind } from '../feishu/api-error';

// What the poller is doing, as the tray, the window and the CLI show it. Times are epoch ms.
export type PollerStatus =
  | { kind: 'idle'; lastSuccessAt: number | null } // up to date (or never polled yet)
  | { kind: 'updating'; lastSuccessAt: number | null }
  /** Network/server trouble: retrying with backoff; the last good data is kept. */
  | {
      kind: 'offline';
      lastSuccessAt: number | null;
      retryAt: number;
      message: string;
      /** When this run of failures began ("offline since 09:12"). */
      since?: number;
    }
  | { kind: 'rate-limited'; lastSuccessAt: number | null; retryAt: number }
  | { kind: 'paused'; lastSuccessAt: number | null; until: number | null }
  /** Auth, permission, quota or bad-request errors: polling stopped until the user (or the 1st) acts. */
  | {
      kind: 'stopped';
      lastSuccessAt: number | null;
      reason: ApiErrorKind;
      message: string;
      /** For quota-exhausted: the start of next month, when polling resumes by itself. */
      resumeAt?: number;
    };
