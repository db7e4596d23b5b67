import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { autostartEntry, createLoginItem, quoteExecArgument } from '../../../electron/main/login-item';
import { fakeApp } from '../../fakes/electron';

describe('createLoginItem', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'login-item-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes and removes the Linux autostart entry', async () => {
    const app = fakeApp();
    const autostartDir = join(dir, 'autostart');
    const item = createLoginItem(app, { platform: 'linux', execPath: '/opt/Approval Tray/approval-tray', autostartDir });
    await item.setEnabled(true);
    const file = join(autostartDir, 'approval-tray.desktop');
    expect(await readFile(file, 'utf8')).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Approval Tray',
        'Comment=Feishu / Lark approvals in your tray',
        'Exec="/opt/Approval Tray/approval-tray" --hidden',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
    await item.setEnabled(false);
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    await item.setEnabled(false); // already gone: fine
    expect(app.calls).toEqual([]);
  });

  it.each([
    ['a newline', '/opt/x\nExec=/tmp/evil'],
    ['a carriage return', '/opt/x\rExec=/tmp/evil'],
    ['a NUL', '/opt/x\u0000y'],
    ['a tab', '/opt/x\ty'],
    ['a C1 control', '/opt/x\u0085y'],
    ['a line separator', '/opt/x\u2028Exec=/tmp/evil'],
  ])('refuses a path with %s and writes nothing', async (_name, execPath) => {
    const autostartDir = join(dir, 'autostart');
    const item = createLoginItem(fakeApp(), { platform: 'linux', execPath, autostartDir });
    await expect(item.setEnabled(true)).rejects.toThrow(/control character/);
    await expect(stat(autostartDir)).rejects.toThrow(/ENOENT/);
  });

  it.each(['darwin', 'win32'] as const)('uses the login item API on %s', async (platform) => {
    const app = fakeApp();
    const item = createLoginItem(app, { platform, execPath: '/x', autostartDir: join(dir, 'unused') });
    await item.setEnabled(true);
    await item.setEnabled(false);
    expect(app.calls).toEqual([
      { method: 'setLoginItemSettings', args: [{ openAtLogin: true, openAsHidden: true, args: ['--hidden'] }] },
      { method: 'setLoginItemSettings', args: [{ openAtLogin: false, openAsHidden: true, args: ['--hidden'] }] },
    ]);
    await expect(stat(join(dir, 'unused'))).rejects.toThrow(/ENOENT/);
  });
});

describe('quoteExecArgument', () => {
  it('leaves plain paths alone and quotes and escapes the rest', () => {
    expect(quoteExecArgument('/usr/bin/approval-tray')).toBe('/usr/bin/approval-tray');
    expect(quoteExecArgument('/home/me/100%/app')).toBe('/home/me/100%%/app');
    expect(quoteExecArgument('/home/me/my "apps"/$x')).toBe('"/home/me/my \\\\"apps\\\\"/\\\\$x"');
    expect(quoteExecArgument('C:\\a b')).toBe('"C:\\\\\\\\a b"');
    expect(autostartEntry('/a/b')).toContain('Exec=/a/b --hidden\n');
  });
});
