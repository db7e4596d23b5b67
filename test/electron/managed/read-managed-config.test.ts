import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managedConfigPath, readManagedConfig } from '../../../electron/managed/read-managed-config';
import { wantsBrokerLogin } from '../../../electron/cli/commands/login-broker';

describe('where managed.json is read from', () => {
  it('uses APPROVAL_TRAY_MANAGED_CONFIG, else the OS location', () => {
    expect(managedConfigPath({ APPROVAL_TRAY_MANAGED_CONFIG: '/tmp/m.json' }, 'linux')).toBe('/tmp/m.json');
    expect(managedConfigPath({}, 'linux')).toBe('/etc/approval-tray/managed.json');
    expect(managedConfigPath({}, 'darwin')).toBe('/Library/Application Support/Approval Tray/managed.json');
    expect(managedConfigPath({ ProgramData: 'D:\\ProgramData' }, 'win32')).toBe('D:\\ProgramData\\Approval Tray\\managed.json');
  });

  it('treats a missing OS file as no setup, but a missing named file as an error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'approval-tray-managed-'));
    expect(await readManagedConfig({}, 'freebsd' as NodeJS.Platform)).toMatchObject({ status: 'none' });
    expect(await readManagedConfig({ APPROVAL_TRAY_MANAGED_CONFIG: join(dir, 'missing.json') })).toEqual({
      status: 'invalid',
      path: join(dir, 'missing.json'),
      message: `${join(dir, 'missing.json')} cannot be read (ENOENT).`,
    });
    const file = join(dir, 'managed.json');
    await writeFile(file, JSON.stringify({ region: 'lark', appId: 'cli_x', brokerUrl: 'https://b.example.com' }));
    expect(await readManagedConfig({ APPROVAL_TRAY_MANAGED_CONFIG: file })).toMatchObject({ status: 'ok', config: { region: 'lark' } });
  });

  it('CLI: plain login uses a managed configuration; --app-id alone keeps the own-app flow; --broker always brokers', () => {
    const ok = { status: 'ok', path: '/m', config: { region: 'feishu', appId: 'cli_x', brokerUrl: 'https://b' } } as const;
    const none = { status: 'none', path: '/m' } as const;
    const invalid = { status: 'invalid', path: '/m', message: 'bad' } as const;
    expect(wantsBrokerLogin([], ok)).toBe(true);
    expect(wantsBrokerLogin(['--no-open'], invalid)).toBe(true); // so the invalid file is reported
    expect(wantsBrokerLogin(['--app-id', 'cli_own'], ok)).toBe(false);
    expect(wantsBrokerLogin([], none)).toBe(false);
    expect(wantsBrokerLogin(['--broker=https://b', '--app-id', 'cli_x'], none)).toBe(true);
  });
});
