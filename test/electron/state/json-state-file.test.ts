import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJsonStateFile } from '../../../electron/state/json-state-file';
import { createSeenState, parseSeenState } from '../../../shared/tasks/seen-ledger';

const schema = z.object({ count: z.number() });
type Counter = z.infer<typeof schema>;
const options = { parse: (u: unknown): Counter => schema.parse(u), fallback: (): Counter => ({ count: 0 }) };
const posix = process.platform !== 'win32';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'approval-tray-state-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('json state file', () => {
  it('returns the fallback when the file does not exist yet', async () => {
    const file = createJsonStateFile(join(dir, 'missing.json'), options);
    expect(await file.read()).toEqual({ value: { count: 0 }, repaired: false });
  });

  it('writes atomically into a new directory, readable back, mode 0600, no temp left', async () => {
    const path = join(dir, 'nested', 'deeper', 'state.json');
    const file = createJsonStateFile(path, options);
    await file.write({ count: 3 });
    expect(await file.read()).toEqual({ value: { count: 3 }, repaired: false });
    expect(await readdir(join(dir, 'nested', 'deeper'))).toEqual(['state.json']);
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('replaces an existing file and tightens its mode', async () => {
    const path = join(dir, 'state.json');
    await writeFile(path, '{"count":1}');
    if (posix) await chmod(path, 0o644);
    const file = createJsonStateFile(path, options);
    await file.write({ count: 2 });
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ count: 2 });
    if (posix) expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('queues concurrent writes so the last one wins', async () => {
    const path = join(dir, 'state.json');
    const file = createJsonStateFile(path, options);
    await Promise.all([1, 2, 3, 4, 5].map((count) => file.write({ count })));
    expect((await file.read()).value).toEqual({ count: 5 });
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('keeps broken JSON aside as .corrupt-<time> and returns the fallback', async () => {
    const path = join(dir, 'seen.json');
    await writeFile(path, '{"count": 4,');
    const file = createJsonStateFile(path, { ...options, now: () => Date.UTC(2026, 10, 25, 9, 5, 0, 123) });
    const result = await file.read();
    expect(result.value).toEqual({ count: 0 });
    expect(result.repaired).toBe(true);
    expect(result.backupPath).toBe(`${path}.corrupt-2026-11-25T09-05-00-123Z`);
    expect(result.message).toContain('not valid JSON');
    expect(await readFile(result.backupPath ?? '', 'utf8')).toBe('{"count": 4,');
    expect(await readdir(dir)).toEqual(['seen.json.corrupt-2026-11-25T09-05-00-123Z']);
    // the next read is clean, and writing works again
    expect(await file.read()).toEqual({ value: { count: 0 }, repaired: false });
    await file.write({ count: 1 });
    expect((await file.read()).value).toEqual({ count: 1 });
  });

  it('treats valid JSON of the wrong shape as corrupt too, never overwriting an older backup', async () => {
    const path = join(dir, 'seen.json');
    const file = createJsonStateFile(path, { ...options, now: () => 0 });
    await writeFile(path, '{"count":"many"}');
    const first = await file.read();
    await writeFile(path, '[]');
    const second = await file.read();
    expect(first.message).toContain('expected shape');
    expect(second.backupPath).not.toBe(first.backupPath);
    expect(await readFile(first.backupPath ?? '', 'utf8')).toBe('{"count":"many"}');
    expect(await readFile(second.backupPath ?? '', 'utf8')).toBe('[]');
  });

  it('stores a seen ledger and reads it back through its schema', async () => {
    const file = createJsonStateFile(join(dir, 'seen.json'), { parse: parseSeenState, fallback: createSeenState });
    const state = { version: 1 as const, topics: { '1': { initialized: true, firstSeen: { t1: 5 } } } };
    await file.write(state);
    expect((await file.read()).value).toEqual(state);
  });

  it('throws, leaving things as they are, when the path cannot be read as a file', async () => {
    const path = join(dir, 'state.json');
    await mkdir(path); // a directory where the file should be: EISDIR, even for root
    const file = createJsonStateFile(path, options);
    await expect(file.read()).rejects.toThrow(/Cannot read .*state\.json \(EISDIR\)/);
    expect(await readdir(dir)).toEqual(['state.json']);
  });
});
