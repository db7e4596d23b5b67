import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { codeFromSandbox } from './broker-harness';
import { BUILT_BROKER, ensureBuiltNodeProgram } from '../../support/built-cli';

// The broker as an administrator runs it: bundled the way `npm run build` bundles it
// (scripts/build-node.mjs), started with plain `node`, configured by the environment.


describe('the broker process', () => {
  let dir: string;
  let bundle: string;
  let sandbox: Sandbox;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'approval-tray-broker-'));
    bundle = ensureBuiltNodeProgram(BUILT_BROKER);
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.close();
    await rm(dir, { recursive: true, force: true });
  });

  function run(env: Record<string, string>) {
    // Only what the test gives: no inherited FEISHU_* from the developer's shell.
    const child = spawn(process.execPath, [bundle], { cwd: dir, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (chunk: Buffer) => (out.stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out.stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
    return { child, out, exited };
  }

  it('prints `listening http://HOST:PORT`, serves both grants, stops on SIGTERM, and never prints a secret', async () => {
    const secretFile = join(dir, 'app-secret');
    await writeFile(secretFile, `${SANDBOX_APP_SECRET}\n`, { mode: 0o600 });
    const proc = run({ FEISHU_APP_ID: SANDBOX_APP_ID, FEISHU_APP_SECRET_FILE: secretFile, FEISHU_BASE_URL: sandbox.url, BROKER_PORT: '0' });
    await expect.poll(() => proc.out.stdout, { timeout: 10_000 }).toMatch(/^listening http:\/\/127\.0\.0\.1:\d+\n/);
    const url = /^listening (\S+)/.exec(proc.out.stdout)![1]!;

    const { code, verifier, redirectUri } = await codeFromSandbox(sandbox.url);
    const post = (body: object) => fetch(`${url}/oauth/token`, { method: 'POST', body: JSON.stringify(body) }).then(async (r) => ({ status: r.status, body: (await r.json()) as Record<string, string> }));
    const first = await post({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri });
    expect(first.status).toBe(200);
    const second = await post({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token! });
    expect(second.status).toBe(200);
    expect((await post({ grant_type: 'client_credentials' })).status).toBe(400);

    proc.child.kill('SIGTERM');
    expect(await proc.exited).toBe(0);
    const printed = proc.out.stdout + proc.out.stderr;
    expect(printed.split('\n').filter(Boolean)).toHaveLength(4); // "listening" + one line per request
    for (const secret of [SANDBOX_APP_SECRET, code, verifier, first.body.access_token!, first.body.refresh_token!, second.body.access_token!, second.body.refresh_token!]) {
      expect(printed.includes(secret), `${secret.slice(0, 4)}… printed`).toBe(false);
    }
  });

  it('stops with a clear message and a non-zero exit for missing or bad configuration', async () => {
    const missing = run({ FEISHU_APP_ID: SANDBOX_APP_ID });
    expect(await missing.exited).toBe(2);
    expect(missing.out.stderr).toMatch(/^broker: FEISHU_APP_SECRET \(or FEISHU_APP_SECRET_FILE, a file holding it\) is not set\.\n$/);
    expect(missing.out.stdout).toBe('');
    const badPort = run({ FEISHU_APP_ID: SANDBOX_APP_ID, FEISHU_APP_SECRET: 'hush-8d1e', BROKER_PORT: 'eighty' });
    expect(await badPort.exited).toBe(2);
    expect(badPort.out.stderr).toMatch(/BROKER_PORT must be a whole number/);
    expect(badPort.out.stderr).not.toContain('hush-8d1e');
  });
});
