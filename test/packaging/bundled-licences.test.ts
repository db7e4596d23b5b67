import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_LICENCES } from '../../shared/about/bundled-licences';

// About's licence list is generated from package-lock.json (the same on every machine, also
// where the optional keytar did not build); it must match it, and name what the app really ships.
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('bundled licences', () => {
  it('are what scripts/generate-licences.mjs finds in package-lock.json now (run npm run licences after a dependency change)', () => {
    expect(() => execFileSync(process.execPath, ['scripts/generate-licences.mjs', '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  it('name the runtime dependencies and the libraries bundled into main and the renderer', () => {
    const names = BUNDLED_LICENCES.map((entry) => entry.name);
    expect(names).toEqual(expect.arrayContaining(['electron-updater', 'electron-log', 'electron-store', 'react', 'react-dom', '@tanstack/react-virtual', 'zod']));
    expect(names).not.toContain('vitest');
    for (const entry of BUNDLED_LICENCES) expect(entry.licence, entry.name).toMatch(/\S/);
  });
});
