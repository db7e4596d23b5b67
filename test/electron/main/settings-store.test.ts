import { chmod, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assertNoSecrets, openSettingsStore, settingsJsonSchema, type SettingsStoreConstructor } from '../../../electron/main/settings-store';
import { defaultSettings } from '../../../shared/settings/settings';

// electron-store needs a running Electron for its default folder; it is a thin subclass of conf,
// so conf itself (the same code that reads, validates and writes the file) stands in here.
const Store = Conf as unknown as SettingsStoreConstructor;
const NOW = Date.UTC(2026, 10, 25, 9, 30, 0);

describe('openSettingsStore', () => {
  let dir = '';
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const open = () => openSettingsStore(Store, { cwd: dir, now: () => NOW, log });
  const file = () => join(dir, 'config.json');
  const backups = async () => (await readdir(dir)).filter((name) => name.startsWith('config.corrupt-'));

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'settings-store-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('starts with defaults and no notice when there is no file', () => {
    const opened = open();
    expect(opened.settings).toEqual(defaultSettings());
    expect(opened.repairNotice).toBeUndefined();
  });

  it('creates config.json readable by this user only (0600)', async () => {
    open().store.set({ ...defaultSettings(), theme: 'dark' });
    expect((await stat(file())).mode & 0o777).toBe(0o600);
  });

  it('makes an existing world-readable config.json and its repair backup private', async () => {
    await writeFile(file(), JSON.stringify({ theme: 'purple' }), { mode: 0o644 });
    await chmod(file(), 0o644);
    open().store.set({ ...defaultSettings(), theme: 'dark' });
    expect((await stat(file())).mode & 0o777).toBe(0o600);
    const [backup] = await backups();
    expect((await stat(join(dir, backup!))).mode & 0o777).toBe(0o600);
  });

  it('saves settings and reads them back on the next start', async () => {
    open().store.set({ ...defaultSettings(), pollIntervalMinutes: 15, theme: 'dark' });
    expect(JSON.parse(await readFile(file(), 'utf8'))).toMatchObject({ pollIntervalMinutes: 15, theme: 'dark' });
    const reopened = open();
    expect(reopened.settings.pollIntervalMinutes).toBe(15);
    expect(reopened.repairNotice).toBeUndefined();
    expect(await backups()).toEqual([]);
    expect(log.error).not.toHaveBeenCalled();
  });

  it('repairs a file that is not JSON to defaults, keeping a backup and saying so', async () => {
    await writeFile(file(), '{ "pollIntervalMinutes": 15, oops');
    const opened = open();
    expect(opened.settings).toEqual(defaultSettings());
    expect(opened.repairNotice).toMatch(/damaged and has been repaired.*not valid JSON/);
    expect(await backups()).toEqual(['config.corrupt-2026-11-25T09-30-00-000Z.json']);
    expect(await readFile(join(dir, 'config.corrupt-2026-11-25T09-30-00-000Z.json'), 'utf8')).toBe('{ "pollIntervalMinutes": 15, oops');
    expect(JSON.parse(await readFile(file(), 'utf8'))).toEqual(defaultSettings());
  });

  it('keeps the valid fields of a hand-broken file and resets the broken ones', async () => {
    await writeFile(file(), JSON.stringify({ schemaVersion: 1, pollIntervalMinutes: 999, theme: 'dark', language: 'klingon' }));
    const opened = open();
    expect(opened.settings).toMatchObject({ theme: 'dark', pollIntervalMinutes: 5, language: 'system' });
    expect(opened.repairNotice).toMatch(/pollIntervalMinutes/);
    expect(opened.repairNotice).not.toContain('999');
    expect(await backups()).toHaveLength(1);
    // The store opened the repaired file: changes persist.
    opened.store.set({ ...opened.settings, pollIntervalMinutes: 10 });
    expect(open().settings).toMatchObject({ theme: 'dark', pollIntervalMinutes: 10 });
  });

  it('refuses invalid settings without touching the file', async () => {
    const opened = open();
    opened.store.set(defaultSettings());
    expect(() => opened.store.set({ ...defaultSettings(), pollIntervalMinutes: 0 })).toThrow();
    expect(JSON.parse(await readFile(file(), 'utf8')).pollIntervalMinutes).toBe(5);
  });

  it('never writes a secret-looking field', () => {
    expect(() => assertNoSecrets({ account: { refreshToken: 'x' } })).toThrow(/account\.refreshToken/);
    expect(() => assertNoSecrets({ account: { accessTokenExpiresAt: 1 } })).not.toThrow();
  });
});

describe('settingsJsonSchema', () => {
  it('makes the store itself reject a value the zod schema rejects', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'settings-schema-'));
    try {
      const store = new Conf({ cwd: dir, schema: settingsJsonSchema() as never, defaults: defaultSettings() });
      expect(() => store.set('pollIntervalMinutes', 0)).toThrow(/Config schema violation/);
      expect(() => store.set('theme', 'neon')).toThrow(/Config schema violation/);
      store.set('theme', 'dark');
      expect(store.get('theme')).toBe('dark');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
