import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../standin/support/app-process';
import { appProblems } from '../standin/electron/records';
import type { AppProcess } from '../standin/support/app-process';
import { ensureBuilt } from '../standin/support/build-once';
import { FUSE_COUNT, createStandinElectronDist } from './standin-electron-dist';

// `npm run package:check`: electron-builder packs the app for Linux (`dir` target) around a
// stand-in Electron distribution, then the produced app.asar is read back: what a user's first
// launch needs is in it, nothing dev-only is, the main bundle from it starts, and the fuses
// were flipped. npmRebuild is off for this check only (there is no Electron ABI here).

const require = createRequire(import.meta.url);
const asar = require('@electron/asar') as { listPackage(archive: string, options?: object): string[]; extractAll(archive: string, dest: string): void };
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string>; devDependencies: Record<string, string> };
const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/**
 * The packages main's bundle loads at run time: its bare static and dynamic imports (main is
 * ESM; the CommonJS it bundled is inlined, and `require("…")` inside it is ajv's code generation).
 */
function runtimeImports(): string[] {
  const text = readFileSync(join(root, 'out/main/index.js'), 'utf8');
  const statics = [...text.matchAll(/^import\s[^;]*?from\s+["']([^"'.][^"']*)["']/gm)];
  const dynamics = [...text.matchAll(/\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/g)];
  const specifiers = [...statics, ...dynamics].map((match) => match[1]!);
  const names = specifiers.filter((name) => !name.startsWith('node:') && name !== 'electron').map((name) => (name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!));
  return [...new Set(names)].filter((name) => !(name in pkg.devDependencies));
}

describe('the packaged app (electron-builder, Linux dir target, stand-in Electron)', () => {
  const work = mkdtempSync(join(tmpdir(), 'approval-tray-package-'));
  const appOut = join(work, 'dist', 'linux-unpacked');
  const archive = join(appOut, 'resources', 'app.asar');
  let files: string[] = [];
  let started: AppProcess | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    createStandinElectronDist(join(work, 'electron-dist'), electronVersion);
    const started = Date.now();
    execFileSync(
      'npx',
      ['electron-builder', '--linux', 'dir', '--publish', 'never', `--config.electronDist=${join(work, 'electron-dist')}`, '--config.npmRebuild=false', `--config.directories.output=${join(work, 'dist')}`],
      { cwd: root, stdio: 'pipe', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
    );
    console.info(`electron-builder took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    files = asar.listPackage(archive).map((file) => file.replace(/\\/g, '/'));
  }, 600_000);

  afterAll(async () => {
    await started?.kill();
    rmSync(work, { recursive: true, force: true });
  });

  it('holds package.json and the three built bundles', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) expect(files, file).toContain(file);
    expect(files.some((file) => /^\/out\/renderer\/assets\/.+\.js$/.test(file))).toBe(true);
  });

  it('holds every runtime module the main bundle imports; keytar with its native binary, unpacked', () => {
    const imports = runtimeImports();
    expect(imports).toEqual(expect.arrayContaining(['electron-log', 'keytar']));
    for (const name of imports) expect(files, name).toContain(`/node_modules/${name}/package.json`);
    const binary = join(root, 'node_modules/keytar/build/Release/keytar.node');
    if (existsSync(binary)) {
      expect(files).toContain('/node_modules/keytar/build/Release/keytar.node');
      expect(existsSync(join(appOut, 'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node'))).toBe(true);
    }
  });

  it("holds no link to the build machine's Python that node-gyp leaves beside a native module", () => {
    const unpacked = join(appOut, 'resources/app.asar.unpacked');
    const unpackedFiles = existsSync(unpacked) ? readdirSync(unpacked, { recursive: true }).map(String) : [];
    expect([...files, ...unpackedFiles].filter((file) => file.includes('node_gyp_bins'))).toEqual([]);
  });

  it('holds no dev-only package', () => {
    // "Dev-only" is npm's own verdict in the lock file (`dev: true`): a package named in
    // devDependencies can still be needed at run time by a dependency (js-yaml, for
    // electron-updater), and then it belongs in the app.
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const packed = files.filter((file) => /^\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(file)).map((file) => file.slice('/node_modules/'.length, -'/package.json'.length));
    expect(packed.length).toBeGreaterThan(0);
    expect(packed.filter((name) => lock.packages[`node_modules/${name}`]?.dev === true)).toEqual([]);
    expect(packed).not.toContain('vitest');
  });

  it('the afterPack hook flipped the fuses in the executable', () => {
    const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants') as { SENTINEL: string; FuseState: Record<string, number> };
    const binary = readFileSync(join(appOut, 'approval-tray'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    expect([binary[at], binary[at + 1]]).toEqual([1, FUSE_COUNT]);
    const [off, on] = [FuseState.DISABLE, FuseState.ENABLE];
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, V8 snapshot, file:// privileges
    expect([...binary.subarray(at + 2, at + 2 + FUSE_COUNT)]).toEqual([off, on, off, off, on, on, off, off]);
  });

  it('the main bundle from the asar starts under the stand-in (nothing it imports is missing)', async () => {
    const extracted = join(work, 'extracted');
    asar.extractAll(archive, extracted);
    cpSync(join(appOut, 'resources/app.asar.unpacked'), extracted, { recursive: true });
    const home = join(work, 'home');
    mkdirSync(home);
    started = await startApp({ home, main: join(extracted, 'out/main/index.js') });
    const records = await started.until('the tray with a count and the window', (r) => (/to do/.test(r.tray.at(-1)?.toolTip ?? '') && r.windows.some((w) => w.visible) ? r : false), 180_000);
    expect(records.tray.at(-1)!.toolTip).toMatch(/to do/);
    const page = await started.windowPage();
    await page.locator('[data-task-row]').first().waitFor({ timeout: 60_000 });
    expect(appProblems(await started.records())).toEqual([]);
    expect(await started.quit()).toBe(0);
    started = null;
  }, 300_000);
});
