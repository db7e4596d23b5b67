import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCliAuthContext } from '../../../electron/auth/cli-auth-context';
import type { CliContext } from '../../../electron/cli/cli-context';
import { runCli } from '../../../electron/cli/run-cli';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import type { SecretStorePort } from '../../../shared/auth/secret-store-port';
import { monthKey } from '../../../shared/quota/call-counter';
import { PLANTED, PLANTED_VALUES, plantedLogLines } from '../../support/planted-secrets';

// `approval-tray doctor [--json]` as a user types it: secrets planted in the log file, the
// keychain, the account file and the environment; none may reach the output.

async function plantedMachine() {
  const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-doctor-'));
  const logFile = join(stateDir, 'main.log');
  const now = new Date();
  const failed = (kind: string) => `${plantedLogLines(now)[0]!.slice(0, 25)} [warn]  fetching topic 1 failed: ${kind} {"kind":"${kind}","message":"Bearer ${PLANTED.bearerOpaque}"}`;
  await writeFile(logFile, `${[...plantedLogLines(now), failed('network'), failed('network'), failed('permission')].join('\n')}\n`);
  const account = {
    id: 'feishu:cli_a1:ou_1',
    region: 'feishu',
    baseUrl: 'https://open.feishu.cn',
    mode: 'oauth',
    appId: 'cli_a1',
    userId: 'ou_1',
    // Fields that have no place in an account, planted in case a reader passes them through.
    appSecret: PLANTED.appSecret,
    access_token: PLANTED.accessToken,
  };
  await writeFile(join(stateDir, 'account.json'), JSON.stringify(account));
  await writeFile(join(stateDir, 'calls.json'), JSON.stringify({ version: 1, months: { [monthKey(now.getTime())]: 1234 } }));
  const secrets = createMemorySecretStore();
  await secrets.set(account.id, 'app-secret', PLANTED.appSecret);
  await secrets.set(account.id, 'access-token', PLANTED.accessToken);
  await secrets.set(account.id, 'refresh-token', PLANTED.refreshToken);
  const env: NodeJS.ProcessEnv = {
    APPROVAL_TRAY_STATE_DIR: stateDir,
    APPROVAL_TRAY_LOG_FILE: logFile,
    FEISHU_USER_ACCESS_TOKEN: PLANTED.accessToken,
    FEISHU_APP_SECRET: PLANTED.envSecret,
    HTTP_COOKIE: PLANTED.cookie,
  };
  return { env, secrets, logFile };
}

async function run(argv: string[], env: NodeJS.ProcessEnv, secrets: SecretStorePort) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l), readStdin: async () => '', stdinIsTty: false };
  const ctx: CliContext = {
    io,
    env,
    fetch: () => Promise.reject(new Error('doctor must not call the network')),
    clock: { now: Date.now, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as NodeJS.Timeout) },
    random: Math.random,
    sleep: async () => undefined,
    auth: (dir) => createCliAuthContext(io, { stateDir: dir, secrets }),
    signal: new AbortController().signal,
  };
  const code = await runCli(argv, ctx);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('approval-tray doctor', () => {
  it('prints version, OS, keychain, account host, calls, error kinds and redacted log lines — and no secret', async () => {
    const { env, secrets, logFile } = await plantedMachine();
    const text = await run(['doctor'], env, secrets);
    expect(text.stderr).toBe('');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Approval Tray diagnostics \(from approval-tray doctor, /);
    expect(text.stdout).toMatch(/Version: +\d+\.\d+\.\d+ \(Node /);
    expect(text.stdout).toContain(`OS:             ${process.platform} `);
    expect(text.stdout).toContain('Keychain:       memory (this session only), answers');
    expect(text.stdout).toContain('Account:        feishu https://open.feishu.cn (oauth)');
    expect(text.stdout).toContain('Errors (24 h):  network ×2, permission ×1');
    expect(text.stdout).toContain('API calls:      1234 this month');
    expect(text.stdout).toContain(`Log file:       ${logFile}`);
    expect(text.stdout).toContain('callback?code=[REDACTED]&state=abc');
    for (const secret of PLANTED_VALUES) expect(text.stdout).not.toContain(secret);

    const json = await run(['doctor', '--json'], env, secrets);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as { account: unknown; keychain: { answers: boolean }; log: { lines: string[] }; errorKindsLastDay: unknown };
    expect(report.account).toEqual({ region: 'feishu', baseHost: 'https://open.feishu.cn', mode: 'oauth', needsSignIn: false });
    expect(report.keychain.answers).toBe(true);
    expect(report.errorKindsLastDay).toEqual({ network: 2, permission: 1 });
    expect(report.log.lines).toHaveLength(13);
    for (const secret of PLANTED_VALUES) expect(json.stdout).not.toContain(secret);
  });

  it('exits 1 when the keychain does not answer, still printing the report without the secret in its error', async () => {
    const { env } = await plantedMachine();
    const broken: SecretStorePort = {
      ...createMemorySecretStore(),
      get: () => Promise.reject(new Error(`org.freedesktop.secrets refused: Authorization: Bearer ${PLANTED.bearerOpaque}`)),
      describe: () => ({ backend: 'Secret Service (libsecret)' }),
    };
    const result = await run(['doctor'], env, broken);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Keychain:       Secret Service (libsecret), DOES NOT ANSWER: org.freedesktop.secrets refused');
    for (const secret of PLANTED_VALUES) expect(result.stdout).not.toContain(secret);
  });

  it('says plainly when there is no log yet, and refuses unknown flags with exit 2', async () => {
    const { env, secrets } = await plantedMachine();
    const missing = await run(['doctor'], { ...env, APPROVAL_TRAY_LOG_FILE: join(tmpdir(), 'no-such-dir-approval-tray', 'main.log') }, secrets);
    expect(missing.stdout).toMatch(/Log file: .*\(no log file yet\)/);
    expect(missing.stdout).toContain('Last 0 log lines (redacted):');
    const bad = await run(['doctor', '--token', 'x'], env, secrets);
    expect(bad.code).toBe(2);
    expect((await run(['help', 'doctor'], env, secrets)).stdout).toContain('Usage: approval-tray doctor [--json]');
  });
});
