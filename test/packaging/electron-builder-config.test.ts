import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderAppIcon } from '../../scripts/generate-icons';
import { decodePng } from '../shared/badge/decode-png';

// Packaging cannot run here (no Electron download), so the config is checked against
// electron-builder's own JSON schema, plus the settings the issue requires.
// js-yaml and ajv (v6, draft-07) come with electron-builder; they are loaded by require because
// js-yaml ships no types.

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Yaml {
  load(text: string): unknown;
}
interface AjvError {
  dataPath: string;
  message?: string;
  params: Record<string, unknown>;
}
interface AjvInstance {
  validate(schema: object, data: unknown): boolean;
  errors?: AjvError[] | null;
}
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;
/** The parts of the config these tests read; the schema test checks the whole of it. */
interface BuilderConfig {
  appId: string;
  icon: string;
  files: string[];
  asarUnpack: string[];
  afterPack: string;
  mac: { target: unknown; extendInfo: Record<string, unknown>; hardenedRuntime: boolean; entitlements: string };
  win: { target: { target: string }[] };
  nsis: Record<string, unknown>;
  linux: Record<string, unknown>;
}

const yaml = require('js-yaml') as Yaml;
const Ajv = require('ajv') as AjvConstructor;
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig;
const schemaPath = require.resolve('app-builder-lib/scheme.json', { paths: [require.resolve('electron-builder')] });
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: Record<string, unknown> };
const builderVersion = (JSON.parse(readFileSync(require.resolve('electron-builder/package.json'), 'utf8')) as { version: string }).version;

describe('electron-builder.yml', () => {
  it(`is valid for the installed electron-builder (${builderVersion}) schema`, () => {
    const ajv = new Ajv({ allErrors: true, unknownFormats: 'ignore', jsonPointers: true });
    const valid = ajv.validate(schema, config);
    const errors = (ajv.errors ?? []).map((e) => `${e.dataPath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
    expect(errors, 'schema errors').toEqual([]);
    expect(valid).toBe(true);
  });

  it('sets the security fuses through its afterPack hook, naming every fuse Electron has', () => {
    const hook = require(`${root}${config.afterPack}`) as ((context: unknown) => Promise<void>) & { FUSES: Record<string, boolean> };
    expect(typeof hook).toBe('function');
    expect(hook.FUSES).toMatchObject({
      RunAsNode: false,
      EnableCookieEncryption: true,
      OnlyLoadAppFromAsar: true,
      EnableEmbeddedAsarIntegrityValidation: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
    });
    // Names must be @electron/fuses' own (a typo would silently set nothing), and all of them.
    const { FuseV1Options } = require('@electron/fuses') as { FuseV1Options: Record<string, number | string> };
    const known = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(hook.FUSES).sort()).toEqual(known.sort());
  });

  it('its afterPack hook really flips the fuse wire in a packaged binary', async () => {
    // A stand-in for the Linux executable: Electron's sentinel, wire version 1, 8 fuses, all
    // "inherit" (0x90), between junk bytes — the layout @electron/fuses looks for.
    const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants') as { SENTINEL: string; FuseState: Record<string, number> };
    const outDir = mkdtempSync(join(tmpdir(), 'fuses-'));
    const wire = Buffer.from([1, 8, ...Array<number>(8).fill(0x90)]);
    writeFileSync(join(outDir, 'approval-tray'), Buffer.concat([Buffer.alloc(64, 7), Buffer.from(SENTINEL, 'latin1'), wire, Buffer.alloc(64, 7)]));
    const hook = require(`${root}${config.afterPack}`) as (context: unknown) => Promise<void>;
    await hook({ electronPlatformName: 'linux', appOutDir: outDir, packager: { executableName: 'approval-tray', appInfo: { productFilename: 'Approval Tray' } } });
    const flipped = readFileSync(join(outDir, 'approval-tray'));
    const at = flipped.indexOf(SENTINEL) + SENTINEL.length + 2;
    const [off, on] = [FuseState.DISABLE, FuseState.ENABLE];
    // RunAsNode, CookieEncryption, NODE_OPTIONS, --inspect, asar integrity, only-asar, V8 snapshot, file:// privileges
    expect([...flipped.subarray(at, at + 8)]).toEqual([off, on, off, off, on, on, off, off]);
  });

  it('ships the built app from out/ in an asar, with keytar rebuilt and unpacked', () => {
    expect(config).toMatchObject({ productName: 'Approval Tray', asar: true, npmRebuild: true });
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i);
    expect(config.files).toContain('out/**/*');
    expect(config.asarUnpack.some((pattern) => pattern.includes('keytar') && pattern.endsWith('.node'))).toBe(true);
  });

  it('packs keytar as an optional dependency: its collector lists it whenever it is installed', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies?: object; optionalDependencies?: object };
    expect(Object.keys(pkg.optionalDependencies ?? {})).toContain('keytar');
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain('keytar');
    // electron-builder 25 picks the production node_modules with app-builder's node-dep-tree.
    const appBuilder = (require(require.resolve('app-builder-bin', { paths: [require.resolve('electron-builder')] })) as { appBuilderPath: string }).appBuilderPath;
    const tree = JSON.parse(execFileSync(appBuilder, ['node-dep-tree', '--dir', root], { encoding: 'utf8' })) as { dir: string; deps: { name: string; optional?: boolean }[] }[];
    const keytar = tree.flatMap((level) => level.deps).find((dep) => dep.name === 'keytar');
    if (existsSync(`${root}node_modules/keytar/package.json`)) expect(keytar).toMatchObject({ name: 'keytar', optional: true });
    else expect(keytar).toBeUndefined(); // its native build failed here: the package is built without it
  });

  it('macOS: universal dmg, menu-bar only, hardened runtime with minimal entitlements', () => {
    expect(config.mac.target).toEqual([{ target: 'dmg', arch: ['universal'] }]);
    expect(config.mac.extendInfo.LSUIElement).toBe(true);
    expect(config.mac.hardenedRuntime).toBe(true);
    const plist = readFileSync(`${root}${config.mac.entitlements}`, 'utf8');
    const keys = [...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((m) => m[1]);
    expect(keys).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('Windows: per-user nsis installer; Linux: AppImage and deb in Office', () => {
    expect(config.win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
    expect(config.linux).toMatchObject({ category: 'Office', target: ['AppImage', 'deb'] });
  });

  it('points at an icon that exists and is a PNG of at least 512×512', () => {
    const png = readFileSync(`${root}${config.icon}`);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512);
  });

  it('the committed icon is exactly what scripts/generate-icons.ts draws (regenerate after changing it)', () => {
    const committed = decodePng(readFileSync(`${root}build/icon.png`));
    const drawn = renderAppIcon();
    expect([committed.width, committed.height]).toEqual([drawn.width, drawn.height]);
    expect(Buffer.from(committed.rgba).equals(Buffer.from(drawn.rgba))).toBe(true);
  });
});
