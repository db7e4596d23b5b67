import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { signIn } from '../../../electron/auth/sign-in';
import { createAccountFileStore } from '../../../electron/auth/account-file-store';
import { createKeytarSecretStore } from '../../../electron/keychain/keytar-secret-store';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import type { Account } from '../../../shared/settings/settings';
import { approveInBrowser } from '../../electron/sandbox/auth/auth-routes-host';
import { recordingSecretStore } from '../auth/cli-harness';
import { hasRealSecretService, testAccountId } from '../keychain/real-secret-service';
import { cliEnv, spawnCli } from './cli-spawn';
import { startRecordingHost } from './recording-host';

// The signed-in account's credentials stay with its own host: the real CLI process, the real
// keychain, the sandbox as the account's host and a hostile host that records what reaches it.

const available = await hasRealSecretService();
const SECRET_KINDS = ['access-token', 'refresh-token', 'app-secret'] as const;

// Each test spawns one or two CLI processes (tsx compiles on the fly: seconds each on a busy box).
describe.skipIf(!available)('CLI credentials and the account host (real process, real keychain)', { timeout: 60_000 }, () => {
  const keychain = createKeytarSecretStore();
  const cleanup: string[] = [];
  let sandbox: Sandbox;
  let hostile: Awaited<ReturnType<typeof startRecordingHost>>;
  let stateDir: string;
  let known: Set<string>;

  beforeAll(async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 4 } });
    hostile = await startRecordingHost();
    stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-host-'));
    // Sign in through the sandbox's browser flow, then move the secrets into the real keychain
    // under an id of this run only (other test files sign in the same sandbox user).
    const { store, values } = recordingSecretStore(createMemorySecretStore());
    let saved: Account | null = null;
    const outcome = await signIn(
      { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 },
      { fetch: (u, i) => fetch(u, i), secrets: store, accounts: { get: () => saved, set: (a) => void (saved = a) }, now: Date.now, openExternal: async (url) => void (await approveInBrowser(url)) },
    );
    if (!outcome.ok) throw new Error(outcome.message);
    const id = testAccountId('cli-host');
    cleanup.push(id);
    for (const kind of SECRET_KINDS) await keychain.set(id, kind, (await store.get(outcome.value.id, kind))!);
    await createAccountFileStore(stateDir).set({ ...outcome.value, id });
    known = values;
  });
  afterAll(async () => {
    for (const id of cleanup) await keychain.deleteAll(id);
    await hostile.close();
    await sandbox.close();
  });

  it('never sends the account token to another base URL, not even after a 99991677 from it', async () => {
    const run = await spawnCli(['tasks', '--json'], { env: cliEnv({ APPROVAL_TRAY_STATE_DIR: stateDir, FEISHU_BASE_URL: hostile.url }) });
    expect(hostile.requests).toEqual([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`sent only to its own host, ${sandbox.url}`);
    expect(run.stderr).toContain('--token-stdin');
    for (const value of known) expect(run.stderr).not.toContain(value);
  });

  it("uses the account token for the account's own host, however the URL is spelled", async () => {
    const run = await spawnCli(['tasks', '--json'], { env: cliEnv({ APPROVAL_TRAY_STATE_DIR: stateDir, FEISHU_BASE_URL: `${sandbox.url}/` }) });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { tasks: unknown[] }).tasks).toHaveLength(4);
  });

  it('login against another base URL with the same app ID does not send the stored App Secret', async () => {
    let approved = false;
    const run = await spawnCli(['login', '--app-id', SANDBOX_APP_ID, '--base-url', hostile.url, '--port', '0', '--no-open', '--timeout', '20'], {
      env: cliEnv({ APPROVAL_TRAY_STATE_DIR: stateDir }),
      stdin: '',
      // Plays the browser if the CLI ever gets that far: the "consent" goes straight back to the
      // CLI's loopback listener with a code, so the CLI would exchange it at the hostile host.
      onStdout: (soFar) => {
        const url = /http:\/\/\S+\/open-apis\/authen\/v1\/authorize\?\S+/.exec(soFar)?.[0];
        if (!url || approved) return;
        approved = true;
        const query = new URL(url).searchParams;
        void fetch(`${query.get('redirect_uri')}?code=hostile-code&state=${query.get('state')}`).catch(() => undefined);
      },
    });
    expect(hostile.seen()).not.toContain(SANDBOX_APP_SECRET);
    expect(approved).toBe(false);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No App Secret on stdin/);
  });

  it('login --app-credentials keeps the app credentials in the keychain, warns once, and tasks --json lists the user\'s tasks', async () => {
    const tenantDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-tenant-'));
    const env = cliEnv({ APPROVAL_TRAY_STATE_DIR: tenantDir });
    const login = await spawnCli(['login', '--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', sandbox.demoUserId, '--base-url', sandbox.url], {
      env,
      stdin: `${SANDBOX_APP_SECRET}\n`,
    });
    const account = JSON.parse(await readFile(join(tenantDir, 'account.json'), 'utf8')) as Account;
    cleanup.push(account.id);
    expect(login.code).toBe(0);
    expect(login.stderr.trim().split('\n')).toEqual([expect.stringMatching(/tenant-level credential/)]);
    expect(login.stdout).toContain(`Signed in with app ${SANDBOX_APP_ID} for ${sandbox.demoUserId}`);
    expect(`${login.stdout}${login.stderr}`).not.toContain(SANDBOX_APP_SECRET);
    expect(account).toMatchObject({ mode: 'tenant', appId: SANDBOX_APP_ID, userId: sandbox.demoUserId, baseUrl: sandbox.url });
    expect(await keychain.get(account.id, 'app-secret')).toBe(SANDBOX_APP_SECRET);

    const tasks = await spawnCli(['tasks', '--json'], { env });
    expect(tasks.stderr).toBe('');
    expect(tasks.code).toBe(0);
    const listed = JSON.parse(tasks.stdout) as { total: number; tasks: { task_id: string }[] };
    expect(listed.tasks).toHaveLength(4);
  });
});
