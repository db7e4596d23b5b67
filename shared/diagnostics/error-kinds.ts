import { API_ERROR_KINDS } from '../feishu/api-error';
import type { ApiErrorKind } from '../feishu/api-error';

// Which API error kinds the app logged in the last day, counted. The core logs every failed
// fetch as "fetching topic N failed: <kind>" (shared/app/app-core.ts), and electron-log starts
// each line with its local time, "[2026-12-02 16:50:58.123]". Lines without a time are skipped.

const DAY_MS = 24 * 60 * 60 * 1000;
const LINE = /^\[(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?\][^\n]*?\bfailed: ([a-z-]+)/;

export function errorKindsLastDay(lines: readonly string[], now: number): Partial<Record<ApiErrorKind, number>> {
  const counts: Partial<Record<ApiErrorKind, number>> = {};
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match) continue;
    const [, y, mo, d, h, mi, s, ms, kind] = match;
    if (!isApiErrorKind(kind)) continue;
    // Local time, as electron-log writes it.
    const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number((ms ?? '0').padEnd(3, '0'))).getTime();
    if (at > now || now - at > DAY_MS) continue;
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function isApiErrorKind(value: string | undefined): value is ApiErrorKind {
  return (API_ERROR_KINDS as readonly string[]).includes(value ?? '');
}
