import { mkdtemp, readFile, stat, writeFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRefreshLockFile, refreshLockPath } from '../../../electron/state/refresh-lock-file';

async function lockPath(): Promise<string> {
  return refreshLockPath(await mkdtemp(join(tmpdir(), 'approval-tray-lock-')), 'feishu:cli_app:ou_user');
}

const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('refresh lock file', () => {
  it('lets one holder in at a time, holds the pid and a timestamp (0600), and is gone afterwards', async () => {
    const path = await lockPath();
    expect(path).not.toContain('ou_user'); // the name does not say whose lock it is
    const a = createRefreshLockFile({ path, pollMs: 5 });
    const b = createRefreshLockFile({ path, pollMs: 5 });
    const events: string[] = [];
    const first = a.hold(async () => {
      events.push('a in');
      const record = JSON.parse(await readFile(path, 'utf8')) as { pid: number; at: number };
      expect(record.pid).toBe(process.pid);
      expect(Math.abs(record.at - Date.now())).toBeLessThan(5000);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      await later(60);
      events.push('a out');
      return 'A';
    });
    await later(10);
    const second = b.hold(async () => void events.push('b in'));
    expect(await first).toBe('A');
    await second;
    expect(events).toEqual(['a in', 'a out', 'b in']);
    expect(existsSync(path)).toBe(false);
  });

  it('is released when the work throws', async () => {
    const path = await lockPath();
    const lock = createRefreshLockFile({ path });
    await expect(lock.hold(async () => Promise.reject(new Error('refresh failed')))).rejects.toThrow('refresh failed');
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    const path = await lockPath();
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify({ pid: 999_999_999, at: Date.now(), id: 'crashed' }));
    const lock = createRefreshLockFile({ path, pollMs: 5, maxWaitMs: 1000 });
    expect(await lock.hold(async () => 'got it')).toBe('got it');
  });

  it('takes over a lock older than staleMs even when its pid is alive (a hung holder), but waits on a fresh one', async () => {
    const path = await lockPath();
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, JSON.stringify({ pid: process.pid, at: Date.now() - 60_000, id: 'hung' }));
    expect(await createRefreshLockFile({ path, staleMs: 30_000, pollMs: 5 }).hold(async () => 'old lock taken over')).toBe('old lock taken over');

    await writeFile(path, JSON.stringify({ pid: process.pid, at: Date.now(), id: 'busy' }));
    const waiting = createRefreshLockFile({ path, staleMs: 30_000, pollMs: 5, maxWaitMs: 100 }).hold(async () => 'should not run');
    await expect(waiting).rejects.toMatchObject({ kind: 'retry-later' });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ id: 'busy' }); // someone else's: left alone
  });

  it('an unwritable state dir: says so and goes on without the lock', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'approval-tray-lock-'));
    await writeFile(join(dir, 'locks'), 'a file where the directory should be');
    const warnings: string[] = [];
    const lock = createRefreshLockFile({ path: join(dir, 'locks', 'refresh-x.lock'), onUnavailable: (m) => warnings.push(m) });
    expect(await lock.hold(async () => 'unlocked')).toBe('unlocked');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/could not be created/);
  });
});
