import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { cliEnv, spawnCli } from './cli-spawn';

// The CLI as a user runs it: `npm run cli -- …` is `tsx electron/cli/main.ts …`, straight from
// the sources. Exit codes and stdout/stderr of the real process.

let sandbox: Sandbox;
let stateDir: string;

beforeAll(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 7 } });
  stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-process-'));
});
afterAll(() => sandbox.close());

function cli(args: string[], env: Record<string, string> = {}, stdin = '') {
  return spawnCli(args, { env: cliEnv({ APPROVAL_TRAY_STATE_DIR: stateDir, FEISHU_BASE_URL: sandbox.url, FEISHU_USER_ID: sandbox.demoUserId, ...env }), stdin });
}

// Each run is a process that compiles the sources on the fly: allow for a busy machine.
describe('the cli process', { timeout: 60_000 }, () => {
  it('count --json with a token from the environment: exit 0, one JSON line', async () => {
    const result = await cli(['count', '--json'], { FEISHU_USER_ACCESS_TOKEN: sandbox.demoToken });
    expect(result).toMatchObject({ code: 0, stdout: '{"topic":"1","total":7,"capped":false}\n' });
  });

  it('--token is refused (exit 2) with the reason and what to use, without echoing the token', async () => {
    const result = await cli(['count', '--token', sandbox.demoToken]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/--token is not accepted: .*visible to other users.*shell history/);
    expect(result.stderr).toContain('--token-stdin');
    expect(result.stderr).toContain('FEISHU_USER_ACCESS_TOKEN');
    expect(`${result.stdout}${result.stderr}`).not.toContain(sandbox.demoToken);
    const other = await cli(['tasks', `--token=${sandbox.demoToken}`]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('--token is not accepted');
  });

  it('--token-stdin reads the token from stdin', async () => {
    const result = await cli(['count', '--json', '--token-stdin'], {}, `${sandbox.demoToken}\n`);
    expect(result).toMatchObject({ code: 0, stdout: '{"topic":"1","total":7,"capped":false}\n' });
  });

  it('a wrong token on stdin: exit 3, one line on stderr without the token or a stack trace', async () => {
    const result = await cli(['tasks', '--token-stdin'], {}, 'u-not-a-real-token-123456');
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
