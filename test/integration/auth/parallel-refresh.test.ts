import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLiveSession } from '../../../electron/app/live-session';
import { createAccountFileStore } from '../../../electron/auth/account-file-store';
import { signIn } from '../../../electron/auth/sign-in';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import type { Account } from '../../../shared/settings/settings';
import { approveInBrowser, setAuthSettings } from '../../electron/sandbox/auth/auth-routes-host';
import { hasRealSecretService, testAccountId } from '../keychain/real-secret-service';

// Issue 8 §3b: refresh tokens are single use. Several processes that share one signed-in account
// (status-bar `count` runs, the tray app beside them) start with an expired access token while
// the token endpoint answers slowly: exactly one refresh may reach the server, every process must
// get its answer, and the account must stay signed in. Real processes, real keychain, real HTTP.

const available = await hasRealSecretService();
const root = fileURLToPath(new URL('../../../', import.meta.url));
const TOKEN_PATH = '/open-apis/authen/v2/oauth/token';
/** Long enough that every process is waiting on the token endpoint at once, even on a busy machine. */
const SLOW_REFRESH_MS = 4000;

describe.skipIf(!available)('parallel refresh across processes (sandbox + real keychain)', () => {
  let sandbox: Sandbox;
  const secrets = createKeytarSecretStore();
  const used: string[] = [];
  beforeAll(async () => (sandbox = await startSandbox({ tasksPerTopic: { '1': 5 } })));
  afterAll(async () => {
    for (const id of used) await secrets.deleteAll(id);
    await sandbox.close();
  });

  /** A signed-in account in the real keychain whose access token has expired, and a CLI state dir holding it. */
  async function expiredAccount(label: string): Promise<{ account: Account; stateDir: string }> {
    let signedIn: Account | null = null;
    const scratch = createMemorySecretStore();
    const outcome = await signIn(
      { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 },
      { fetch: (u, i) => fetch(u, i), secrets: scratch, accounts: { get: () => signedIn, set: (a) => void (signedIn = a) }, now: () => Date.now(), openExternal: async (url) => void (await approveInBrowser(url)) },
    );
    if (!outcome.ok) throw new Error(outcome.message);
    // A keychain entry of its own, so parallel test files never share it.
    const account: Account = { ...outcome.value, id: testAccountId(label), accessTokenExpiresAt: Date.now() - 60_000 };
    used.push(account.id);
    for (const kind of ['app-secret', 'access-token', 'refresh-token'] as const) {
      await secrets.set(account.id, kind, (await scratch.get(outcome.value.id, kind))!);
    }
    sandbox.tokens.expire((await scratch.get(outcome.value.id, 'access-token'))!);
    const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-parallel-'));
    await createAccountFileStore(stateDir).set(account);
    return { account, stateDir };
  }

  function countProcess(stateDir: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, APPROVAL_TRAY_STATE_DIR: stateDir };
    for (const name of ['FEISHU_BASE_URL', 'FEISHU_USER_ACCESS_TOKEN', 'FEISHU_USER_ID']) delete env[name];
    return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', 'count', '--json'], { cwd: root, env }, (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  }

  const refreshes = () => sandbox.requests.filter((r) => r.path === TOKEN_PATH).length;

  async function expectStillSignedIn(account: Account, stateDir: string, oldRefresh: string) {
    const saved = JSON.parse(await readFile(join(stateDir, 'account.json'), 'utf8')) as Account;
    expect(saved.needsSignIn).toBe(false);
    // Whoever refreshed saved the new times beside the tokens, for the others to read.
    const times = JSON.parse((await secrets.get(account.id, 'token-times'))!) as { accessExpiresAt: number };
    expect(times.accessExpiresAt).toBeGreaterThan(Date.now());
    const refresh = await secrets.get(account.id, 'refresh-token');
    expect(refresh).not.toBe(oldRefresh);
    expect(sandbox.tokens.check((await secrets.get(account.id, 'access-token'))!)).toMatchObject({ ok: true });
  }

  it('four `count` runs started together: one refresh reaches the server, all four succeed, the account stays signed in', async () => {
    const { account, stateDir } = await expiredAccount('four-counts');
    const oldRefresh = (await secrets.get(account.id, 'refresh-token'))!;
    await setAuthSettings(sandbox.url, { refreshDelayMs: SLOW_REFRESH_MS }, sandbox.controlSecret);
    const before = refreshes();
    const runs = await Promise.all(Array.from({ length: 4 }, () => countProcess(stateDir)));
    await setAuthSettings(sandbox.url, { refreshDelayMs: 0 }, sandbox.controlSecret);

    for (const run of runs) expect(run).toEqual({ code: 0, stdout: '{"topic":"1","total":5,"capped":false}\n', stderr: '' });
    expect(refreshes() - before).toBe(1);
    await expectStillSignedIn(account, stateDir, oldRefresh);
    // The CLI run that refreshed also saved the times in its own account file.
    expect((JSON.parse(await readFile(join(stateDir, 'account.json'), 'utf8')) as Account).accessTokenExpiresAt).toBeGreaterThan(Date.now());
  }, 180_000);

  it('the tray app and three `count` runs at once: still one refresh, nobody signed out', async () => {
    const { account, stateDir } = await expiredAccount('app-and-cli');
    const oldRefresh = (await secrets.get(account.id, 'refresh-token'))!;
    const appChanges: Account[] = [];
    const warnings: string[] = [];
    const app = await createLiveSession({
      account,
      secrets,
      keychain: { available: true },
      fetch: (u, i) => fetch(u, i),
      now: () => Date.now(),
      onAccountChange: (next) => void appChanges.push(next),
      onWarning: (message) => void warnings.push(message),
      refreshLockDir: stateDir, // the CLI's state dir, as main passes the CLI's default one
    });
    await setAuthSettings(sandbox.url, { refreshDelayMs: SLOW_REFRESH_MS }, sandbox.controlSecret);
    const before = refreshes();
    const [appPoll, ...runs] = await Promise.all([app.session.fetchTopic('1', new AbortController().signal), ...Array.from({ length: 3 }, () => countProcess(stateDir))]);
    await setAuthSettings(sandbox.url, { refreshDelayMs: 0 }, sandbox.controlSecret);

    expect(appPoll.tasks).toHaveLength(5);
    for (const run of runs) expect(run).toEqual({ code: 0, stdout: '{"topic":"1","total":5,"capped":false}\n', stderr: '' });
    expect(refreshes() - before).toBe(1);
    expect(appChanges.some((a) => a.needsSignIn)).toBe(false);
    expect(warnings).toEqual([]);
    await expectStillSignedIn(account, stateDir, oldRefresh);
    await app.close();
  }, 180_000);
});
