import { execFile } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../electron/cli/command-table';
import { BUILT_CLI, ROOT, ensureBuiltCli } from '../../support/built-cli';

// The `approval-tray` command as installed by `npm link` / `npm install -g .`: the one-file
// bundle `npm run build` writes to out/cli/, run as an executable (its #! line picks node).

beforeAll(() => void ensureBuiltCli(), 120_000);

function run(args: string[], command = BUILT_CLI, argsFirst: string[] = []) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(command, [...argsFirst, ...args], { cwd: ROOT, env: { ...process.env, FEISHU_USER_ACCESS_TOKEN: '' } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string> };

describe('the bundled approval-tray command', () => {
  it('is what package.json installs as `approval-tray`: one executable file with a node #! line', () => {
    expect(join(ROOT, pkg.bin['approval-tray']!)).toBe(BUILT_CLI);
    expect(readFileSync(BUILT_CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(BUILT_CLI, constants.X_OK)).not.toThrow();
  });

  it('prints the package version for --version, run directly and with plain node', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(await run(['--version'], process.execPath, [BUILT_CLI])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('prints the same help for `help count` and `count --help`, exit 0', async () => {
    const viaHelp = await run(['help', 'count']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toMatch(/^Usage: approval-tray count \[--topic T\]/);
    expect(viaHelp.stdout).toMatch(/--topic T/);
    expect(await run(['count', '--help'])).toEqual(viaHelp);
  });

  it.each(COMMANDS.map((command) => command.help.name))('answers `%s --help` with its own usage, exit 0', async (name) => {
    const result = await run([...name.split(' '), '--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^Usage: approval-tray ${name}`));
  });

  it('lists every command for `help`, exit 0', async () => {
    const result = await run(['help']);
    expect(result.code).toBe(0);
    for (const { help } of COMMANDS) expect(result.stdout).toContain(help.summary);
  });

  it('exits 2 with one line on stderr for an unknown command or flag', async () => {
    const command = await run(['frobnicate']);
    expect(command).toMatchObject({ code: 2, stdout: '' });
    expect(command.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Unknown command "frobnicate"/)]);
    const flag = await run(['count', '--frobnicate']);
    expect(flag).toMatchObject({ code: 2, stdout: '' });
    expect(flag.stderr.trim()).toBe("count: Unknown option '--frobnicate'");
    const statusFlag = await run(['status', '--frobnicate']);
    expect(statusFlag.code).toBe(2);
  });
});
