import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';

// The CLI as a user runs it: `npm run cli -- …` is `tsx electron/cli/main.ts …`, straight from
// the sources. Exit codes and stdout/stderr of the real process.

const root = fileURLToPath(new URL('../../../', import.meta.url));
let sandbox: Sandbox;
let stateDir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 7 } });
  stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-process-'));
});
afterAll(() => sandbox.close());

function cli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/main.ts', ...args],
      { cwd: root, env: { ...process.env, APPROVAL_TRAY_STATE_DIR: stateDir, FEISHU_BASE_URL: sandbox.url, FEISHU_USER_ID: sandbox.demoUserId, ...env } },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

describe('the cli process', () => {
  it('count --json with a token from the environment: exit 0, one JSON line', async () => {
    const result = await cli(['count', '--json'], { FEISHU_USER_ACCESS_TOKEN: sandbox.demoToken });
    expect(result).toMatchObject({ code: 0, stdout: '{"topic":"1","total":7,"capped":false}\n' });
  });

  it('a wrong token by flag: exit 3, one line on stderr without the token or a stack trace', async () => {
    const result = await cli(['tasks', '--token', 'u-not-a-real-token-123456']);
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('u-not-a-real-token-123456');
  });

  it('no arguments: usage on stdout, exit 2', async () => {
    const result = await cli([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain('Usage: approval-tray <command>');
    expect(result.stdout).toContain('npm run cli -- <command>');
  });
});
