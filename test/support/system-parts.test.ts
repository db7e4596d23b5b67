import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { MissingSystemPartError, SKIP_DIR_ENV, systemPartAvailable } from './system-parts';
import setupSummary from './system-parts-summary';

// The rule for tests that need a Secret Service or Chromium: run when present; on a developer
// machine without them skip, with one loud line per part at the end of the run; under CI=true fail.

describe('systemPartAvailable', () => {
  it('says yes when the part is present, CI or not, and records nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skips-'));
    expect(systemPartAvailable('chromium', true, 'n/a', { CI: 'true', [SKIP_DIR_ENV]: dir })).toBe(true);
    expect(systemPartAvailable('chromium', true, 'n/a', { [SKIP_DIR_ENV]: dir })).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails loudly under CI=true when the part is missing, naming what to install', () => {
    const call = () => systemPartAvailable('secret-service', false, 'no D-Bus session', { CI: 'true' });
    expect(call).toThrow(MissingSystemPartError);
    expect(call).toThrow(/CI must run the tests that need a Secret Service.*no D-Bus session.*gnome-keyring/);
    expect(() => systemPartAvailable('chromium', false, '/usr/bin/chromium is missing', { CI: 'true' })).toThrow(/apt-get install chromium/);
  });

  it('skips elsewhere, noting the part once for the run however many files ask', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skips-'));
    const env = { [SKIP_DIR_ENV]: dir };
    expect(systemPartAvailable('chromium', false, '/usr/bin/chromium is missing', env)).toBe(false);
    expect(systemPartAvailable('chromium', false, '/usr/bin/chromium is missing', env)).toBe(false);
    expect(readdirSync(dir)).toEqual(['chromium']);
    expect(readFileSync(join(dir, 'chromium'), 'utf8')).toBe('/usr/bin/chromium is missing');
  });

  it('ends the run with exactly one loud line per missing part', () => {
    const saved = process.env[SKIP_DIR_ENV];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const teardown = setupSummary();
      const env = { [SKIP_DIR_ENV]: process.env[SKIP_DIR_ENV] };
      for (let file = 0; file < 3; file++) systemPartAvailable('secret-service', false, 'keytar is not installed', env);
      systemPartAvailable('chromium', false, '/usr/bin/chromium is missing', env);
      teardown();
      const printed = write.mock.calls.map(([chunk]) => String(chunk)).join('');
      const skipLines = printed.split('\n').filter((line) => line.startsWith('!! SKIPPED'));
      expect(skipLines).toHaveLength(2);
      expect(skipLines[0]).toMatch(/Chromium.*apt-get install chromium/);
      expect(skipLines[1]).toMatch(/Secret Service \(the real keychain\): keytar is not installed\. To run them: apt-get install libsecret-1-dev .*gnome-keyring/);
    } finally {
      write.mockRestore();
      process.env[SKIP_DIR_ENV] = saved;
    }
  });

  it('ends the run quietly when its folder was removed from under it', () => {
    const saved = process.env[SKIP_DIR_ENV];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const teardown = setupSummary();
      rmSync(process.env[SKIP_DIR_ENV]!, { recursive: true });
      expect(teardown).not.toThrow();
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
      process.env[SKIP_DIR_ENV] = saved;
    }
  });

  it('prints nothing when nothing was skipped', () => {
    const saved = process.env[SKIP_DIR_ENV];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      setupSummary()();
      expect(write).not.toHaveBeenCalled();
    } finally {
      write.mockRestore();
      process.env[SKIP_DIR_ENV] = saved;
    }
  });
});
