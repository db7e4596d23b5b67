import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// How updates are packaged: the feed comes from electron-builder.yml or APPROVAL_TRAY_UPDATE_URL
// (through scripts/electron-builder-config.cjs, which `npm run package` passes), must be HTTPS, and
// electron-updater ships in the asar as a runtime dependency.

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('../../', import.meta.url));
const { packagingConfig } = require('../../scripts/electron-builder-config.cjs') as { packagingConfig(env: Record<string, string>): { publish: unknown; appId: string } };
interface AjvInstance {
  validate(schema: object, data: unknown): boolean;
  errors?: unknown;
}

describe('update packaging', () => {
  it('has no feed unless one is given at packaging time, and then a generic HTTPS one', () => {
    expect(packagingConfig({}).publish).toBeNull();
    const config = packagingConfig({ APPROVAL_TRAY_UPDATE_URL: 'https://updates.corp.example/approval-tray/' });
    expect(config.publish).toEqual({ provider: 'generic', url: 'https://updates.corp.example/approval-tray/' });
    expect(config.appId).toBe('com.approvaltray.app');
    const Ajv = require('ajv') as new (options: object) => AjvInstance;
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json', { paths: [require.resolve('electron-builder')] }), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, schemaId: 'auto', unknownFormats: 'ignore' });
    expect(ajv.validate(schema, config), JSON.stringify(ajv.errors)).toBe(true);
  });

  it('refuses a feed that is not HTTPS, or not a URL', () => {
    expect(() => packagingConfig({ APPROVAL_TRAY_UPDATE_URL: 'http://updates.corp.example/' })).toThrow(/must be https/);
    expect(() => packagingConfig({ APPROVAL_TRAY_UPDATE_URL: 'updates' })).toThrow(/not a URL/);
  });

  it('ships electron-updater as a runtime dependency that electron-builder collects into the app', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { dependencies: Record<string, string>; scripts: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).toContain('electron-updater');
    expect(pkg.scripts.package).toContain('--config scripts/electron-builder-config.cjs');
    const appBuilder = (require(require.resolve('app-builder-bin', { paths: [require.resolve('electron-builder')] })) as { appBuilderPath: string }).appBuilderPath;
    const tree = JSON.parse(execFileSync(appBuilder, ['node-dep-tree', '--dir', root], { encoding: 'utf8' })) as { deps: { name: string }[] }[];
    const names = tree.flatMap((level) => level.deps.map((dep) => dep.name));
    expect(names).toEqual(expect.arrayContaining(['electron-updater', 'builder-util-runtime', 'semver']));
  });
});
