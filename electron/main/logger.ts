import type { NodeLogger } from 'electron-log';
import type { LoggerPort } from '../../shared/app/app-ports';
import { redact } from '../../shared/logging/redact';

// The app's log: electron-log's file (rotated at 1 MiB, one old file kept by electron-log) and
// console. Every part of every message passes through `redact` in a hook, before any transport
// sees it, so a token in a message or an error never reaches disk.

export const LOG_MAX_BYTES = 1024 * 1024;
/** Owner-only: even redacted, the log names the account, its host and when the user worked. */
export const LOG_FILE_MODE = 0o600;

/** electron-log/main's logger (or electron-log/node's, in tests). */
export type LogBackend = Pick<NodeLogger, 'hooks' | 'transports' | 'info' | 'warn' | 'error'>;

export function createLogger(log: LogBackend): LoggerPort {
  log.hooks.push((message) => ({ ...message, data: message.data.map((part: unknown) => redact(part)) }));
  log.transports.file.level = 'info';
  log.transports.file.maxSize = LOG_MAX_BYTES;
  // The rotated file (main.old.log) is the same file renamed, so it keeps this mode too.
  log.transports.file.writeOptions = { ...log.transports.file.writeOptions, mode: LOG_FILE_MODE };
  log.transports.console.level = 'info';
  const write = (level: 'info' | 'warn' | 'error') => (message: string, details?: unknown) =>
    details === undefined ? log[level](message) : log[level](message, details);
  return { info: write('info'), warn: write('warn'), error: write('error') };
}
