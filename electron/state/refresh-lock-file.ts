import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AuthError } from '../../shared/auth/auth-error';
import type { RefreshLockPort } from '../../shared/auth/refresh-lock-port';

// The cross-process refresh lock, as the official Feishu CLI does it: a lock file created
// exclusively (`wx`, O_CREAT|O_EXCL), holding the owner's pid and a timestamp, removed when the
// refresh settles. A lock left by a crashed process (pid gone) or older than `staleMs` is taken
// over. Plain Node: the app and the CLI both use it, so they never spend one refresh token twice.

export interface RefreshLockFileOptions {
  path: string;
  /** A lock older than this is abandoned, whoever holds it (default 30 s: a refresh takes ~1 s). */
  staleMs?: number;
  /** How often a waiting process looks again (default 50 ms). */
  pollMs?: number;
  /** Give up waiting after this long (default twice staleMs). */
  maxWaitMs?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Whether a process with this id runs on this machine (default: signal 0). */
  isAlive?: (pid: number) => boolean;
  /** The lock file cannot be made at all (read-only state dir): refresh goes on unlocked. */
  onUnavailable?: (message: string) => void;
}

interface LockRecord {
  pid: number;
  at: number;
  id: string;
}

/** One lock per account; the name does not say whose it is. */
export function refreshLockPath(stateDir: string, accountId: string): string {
  return join(stateDir, 'locks', `refresh-${createHash('sha256').update(accountId).digest('hex').slice(0, 16)}.lock`);
}

export function createRefreshLockFile(options: RefreshLockFileOptions): RefreshLockPort {
  const { path } = options;
  const staleMs = options.staleMs ?? 30_000;
  const pollMs = options.pollMs ?? 50;
  const maxWaitMs = options.maxWaitMs ?? 2 * staleMs;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const isAlive = options.isAlive ?? processIsAlive;

  async function tryCreate(record: LockRecord): Promise<boolean> {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    let handle;
    try {
      handle = await open(path, 'wx', 0o600);
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false;
      throw error;
    }
    try {
      await handle.writeFile(JSON.stringify(record));
    } finally {
      await handle.close();
    }
    return true;
  }

  /** The holder crashed or hung: remove its lock, unless it changed hands since we looked. */
  async function takeOverIfStale(): Promise<void> {
    const seen = await readFile(path, 'utf8').catch(() => null);
    if (seen === null) return; // released meanwhile
    const holder = parseRecord(seen);
    // An unreadable record is one still being written; judge it by the file's age instead.
    const since = holder?.at ?? (await stat(path).then((s) => s.mtimeMs).catch(() => now()));
    const stale = now() - since > staleMs || (holder !== null && !isAlive(holder.pid));
    if (!stale) return;
    if ((await readFile(path, 'utf8').catch(() => null)) !== seen) return;
    await unlink(path).catch(() => undefined);
  }

  async function acquire(): Promise<LockRecord | null> {
    const started = now();
    for (;;) {
      const record = { pid: process.pid, at: now(), id: randomBytes(8).toString('hex') };
      try {
        if (await tryCreate(record)) return record;
      } catch (error) {
        options.onUnavailable?.(`The refresh lock ${path} could not be created (${errorCode(error) ?? 'error'}); renewing without it.`);
        return null;
      }
      await takeOverIfStale();
      if (now() - started > maxWaitMs) {
        throw new AuthError('retry-later', 'Another Approval Tray process has been renewing the sign-in for too long; will try again later.');
      }
      await sleep(pollMs);
    }
  }

  async function release(record: LockRecord): Promise<void> {
    // Only our own lock: after a takeover the file may belong to someone else now.
    const current = parseRecord((await readFile(path, 'utf8').catch(() => null)) ?? '');
    if (current?.id === record.id) await unlink(path).catch(() => undefined);
  }

  return {
    async hold(work) {
      const record = await acquire();
      try {
        return await work();
      } finally {
        if (record) await release(record);
      }
    },
  };
}

function parseRecord(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as Partial<LockRecord>;
    return typeof value.pid === 'number' && typeof value.at === 'number' && typeof value.id === 'string' ? (value as LockRecord) : null;
  } catch {
    return null;
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // exists, but belongs to someone else
  }
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}
