import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import { createAccountTokenSource } from '../../../electron/auth/account-token-source';
import { createCliAuthContext } from '../../../electron/auth/cli-auth-context';
import type { CliIo } from '../../../electron/auth/cli-auth-context';
import { runCli } from '../../../electron/cli/run-cli';
import { createKeytarSecretStore, KEYCHAIN_SERVICE } from '../../../electron/keychain/keytar-secret-store';
import { readManagedConfig } from '../../../electron/managed/read-managed-config';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Account, Settings } from '../../../shared/settings/settings';
import { startTestBroker } from '../../electron/broker/broker-harness';
import { approveInBrowser } from '../../electron/sandbox/auth/auth-routes-host';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';
import { hasRealSecretService } from '../keychain/real-secret-service';
import { recordingSecretStore } from './cli-harness';
import { stateFileTexts } from './state-files';

// One-click sign-in for real: the app's controller and the CLI sign in through a running broker
// in front of the sandbox, with the real keychain. The App Secret lives only in the broker: it
// must not reach the keychain, a file, the window, a log or the terminal. Renewals go through
// the broker too, and the refresh token rotates.

const available = await hasRealSecretService();
const TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Every value the real keychain holds for an account, read by another Secret Service client. */
function keyringValues(accountId: string): string[] {
  return ['app-secret', 'access-token', 'refresh-token', 'tenant-token'].flatMap((kind) => {
    try {
      return [execFileSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', `${accountId}:${kind}`]).toString()];
    } catch {
      return []; // secret-tool exits 1 when there is no such entry
    }
  });
}

describe.skipIf(!available)('signing in through the token broker (sandbox + broker + real keychain)', () => {
  let sandbox: Sandbox;
  let broker: Awaited<ReturnType<typeof startTestBroker>>;
  const keytar = createKeytarSecretStore();
  const cleanup: string[] = [];
  beforeAll(async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 3 } });
    broker = await startTestBroker(sandbox.url);
  });
  afterAll(async () => {
    for (const id of cleanup) await keytar.deleteAll(id);
    await broker?.close();
    await sandbox?.close();
  });
  const tokenCallsUpstream = () => sandbox.requests.filter((r) => r.path === TOKEN_PATH).length;

  it('the app: one click signs in through the broker, renews through it, and keeps no secret of the app anywhere', async () => {
    const recorder = createRecordingPorts();
    const recording = recordingSecretStore(keytar);
    const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-broker-app-'));
    const managedFile = join(stateDir, 'managed.json');
    await writeFile(managedFile, JSON.stringify({ region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, brokerUrl: broker.url, callbackPort: await freePort() }));
    const managed = await readManagedConfig({ APPROVAL_TRAY_MANAGED_CONFIG: managedFile });
    expect(managed.status).toBe('ok');
    let settings: Settings = defaultSettings();
    const answers: unknown[] = [];
    const controller = createAppController({
      settings: { get: () => settings, set: (next) => void (settings = next) },
      secrets: recording.store,
      keychain: { available: true },
      fetch: (url, init) => fetch(url, init),
      stateDir,
      core: { clock: createManualClock(Date.now()), random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
      openSignInPage: async (url: string) => void (await approveInBrowser(url)),
      confirmSignInHost: async () => true,
      hideWindow: () => undefined,
      applySettings: () => undefined,
      managed,
    });
    const invoke = async (channel: keyof typeof invokeRequestSchemas, request: unknown) => {
      const answer: unknown = await (controller.handlers[channel] as (r: never) => unknown)(invokeRequestSchemas[channel].parse(request) as never);
      answers.push(answer);
      return answer;
    };
    try {
      await controller.start();
      expect(await invoke('auth:get-managed', undefined)).toMatchObject({ status: 'ok', config: { appId: SANDBOX_APP_ID, brokerUrl: broker.url } });
      // With an organisation's setup, app credentials are refused by main (not only hidden in the window).
      const tenant = await invoke('auth:sign-in', { mode: 'tenant', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: sandbox.demoUserId });
      expect(tenant).toMatchObject({ ok: false, message: expect.stringMatching(/App credentials are not allowed/) });

      const upstreamBefore = tokenCallsUpstream();
      expect(await invoke('auth:sign-in', { mode: 'managed' })).toMatchObject({ ok: true, value: { demo: false } });
      const account = settings.account!;
      cleanup.push(account.id);
      expect(account).toMatchObject({ mode: 'oauth', appId: SANDBOX_APP_ID, brokerUrl: broker.url, userId: sandbox.demoUserId });
      expect(broker.log.filter((line) => / POST \/oauth\/token 200 authorization_code /.test(line))).toHaveLength(1);
      expect(tokenCallsUpstream() - upstreamBefore).toBe(1);
      await vi.waitFor(() => expect(controller.core().getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }));

      // The keychain holds the user's tokens and nothing of the app.
      expect(await keytar.get(account.id, 'app-secret')).toBeNull();
      const firstRefresh = (await keytar.get(account.id, 'refresh-token'))!;
      expect(firstRefresh).toMatch(/^ur-/);

      // A renewal goes through the broker with the rotated, single-use refresh token.
      const changes: Account[] = [];
      const tokens = createAccountTokenSource({ account, secrets: recording.store, fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: (a) => changes.push(a) });
      const access = await tokens.getAccessToken();
      sandbox.tokens.expire(access);
      const renewed = await tokens.renewAfterRejection!(access, 'auth-expired');
      expect(renewed).not.toBe(access);
      expect(sandbox.tokens.check(renewed!)).toMatchObject({ ok: true });
      expect(broker.log.filter((line) => / POST \/oauth\/token 200 refresh_token /.test(line))).toHaveLength(1);
      expect(await keytar.get(account.id, 'refresh-token')).not.toBe(firstRefresh);
      expect(changes.some((a) => a.needsSignIn)).toBe(false);

      const inKeyring = keyringValues(account.id);
      expect(inKeyring).toHaveLength(2); // access + refresh token
      await invoke('app:get-state', undefined);
      await invoke('settings:get', undefined);
      const files = await stateFileTexts(stateDir, ['managed.json']);
      const haystack = [JSON.stringify(recorder.sent), JSON.stringify(answers), JSON.stringify(settings), JSON.stringify(recorder.logs), ...files, ...inKeyring, ...recording.values].join('\n');
      expect(haystack.includes(SANDBOX_APP_SECRET)).toBe(false);
      // …and the user's own tokens never reach the window, settings, files or logs either.
      const windowSide = [JSON.stringify(recorder.sent), JSON.stringify(answers), JSON.stringify(settings), JSON.stringify(recorder.logs), ...files].join('\n');
      for (const secret of recording.values) expect(windowSide.includes(secret), `${secret.slice(0, 3)}… leaked`).toBe(false);
    } finally {
      await controller.shutdown();
    }
  });

  it('the CLI: login --broker, then plain login with managed.json; status names the broker; nothing secret printed or stored', async () => {
    const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-broker-cli-'));
    const out: string[] = [];
    const io: CliIo = { stdout: (l) => void out.push(l), stderr: (l) => void out.push(l), readStdin: async () => SANDBOX_APP_SECRET, stdinIsTty: false };
    const recording = recordingSecretStore(keytar);
    let stdinReads = 0;
    const run = (argv: string[], env: NodeJS.ProcessEnv = {}) =>
      runCli(argv, {
        io: { ...io, readStdin: async () => (stdinReads++, SANDBOX_APP_SECRET) },
        env: { APPROVAL_TRAY_STATE_DIR: stateDir, APPROVAL_TRAY_MANAGED_CONFIG: join(stateDir, 'no-managed.json'), ...env },
        fetch: (url, init) => fetch(url, init),
        clock: { now: () => Date.now(), setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as NodeJS.Timeout) },
        random: () => 0.5,
        sleep: async () => undefined,
        auth: (dir) => createCliAuthContext(io, { stateDir: dir, secrets: recording.store, openUrl: async (url) => void (await approveInBrowser(url)) }),
        signal: new AbortController().signal,
      });

    const port = String(await freePort());
    // APPROVAL_TRAY_MANAGED_CONFIG names a missing file: status says so, --broker still works.
    expect(await run(['login', '--broker', broker.url, '--app-id', SANDBOX_APP_ID, '--base-url', sandbox.url, '--port', port, '--no-open', '--timeout', '0.3'])).toBe(1);
    expect(out.join('\n')).toMatch(/Open this URL to sign in[^\n]*\nhttp:\/\/127\.0\.0\.1:\d+\/open-apis\/authen\/v1\/authorize\?client_id=cli_sandbox_demo[^\n]*\n.*not completed within/);
    out.length = 0;
    const login = await run(['login', '--broker', broker.url, '--app-id', SANDBOX_APP_ID, '--base-url', sandbox.url, '--port', port, '--timeout', '20']);
    expect(out.join('\n')).toContain('through the token broker 127.0.0.1:');
    expect(login).toBe(0);
    const account = JSON.parse(await readFile(join(stateDir, 'account.json'), 'utf8')) as Account;
    cleanup.push(account.id);
    expect(account.brokerUrl).toBe(broker.url);
    expect(await keytar.get(account.id, 'app-secret')).toBeNull();

    out.length = 0;
    expect(await run(['status'])).toBe(0);
    const status = out.join('\n');
    expect(status).toMatch(new RegExp(`Sign-in: +through the token broker ${broker.url.replace('http://', '')} \\(no App Secret on this computer\\)`));
    expect(status).toMatch(/Managed config: INVALID, not used: .*no-managed\.json cannot be read \(ENOENT\)/);

    // The API commands renew through the broker when the token has expired.
    const before = broker.log.length;
    sandbox.tokens.expire((await keytar.get(account.id, 'access-token'))!);
    out.length = 0;
    expect(await run(['count', '--json'])).toBe(0);
    expect(broker.log.slice(before).some((line) => / refresh_token /.test(line))).toBe(true);

    // managed.json makes plain `login` the one-click sign-in.
    const managedFile = join(stateDir, 'managed.json');
    await writeFile(managedFile, JSON.stringify({ region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, brokerUrl: broker.url, callbackPort: await freePort() }));
    out.length = 0;
    expect(await run(['login'], { APPROVAL_TRAY_MANAGED_CONFIG: managedFile })).toBe(0);
    expect(out.join('\n')).toMatch(/Signed in as 沙盒用户 Sandbox User \(ou_sandbox_demo_user\) through the token broker/);
    out.length = 0;
    await run(['status'], { APPROVAL_TRAY_MANAGED_CONFIG: managedFile });
    expect(out.join('\n')).toMatch(/Managed config: app cli_sandbox_demo, broker 127\.0\.0\.1:\d+ \(.*managed\.json\)/);

    // An invalid managed.json is reported by plain `login`, which then does nothing.
    await writeFile(managedFile, JSON.stringify({ region: 'feishu', appId: SANDBOX_APP_ID, brokerUrl: broker.url, appSecret: 'x' }));
    out.length = 0;
    expect(await run(['login'], { APPROVAL_TRAY_MANAGED_CONFIG: managedFile })).toBe(1);
    expect(out.join('\n')).toMatch(/managed configuration is invalid: .* must not hold a secret \("appSecret"\)/);

    expect(stdinReads).toBe(0);
    const files = await stateFileTexts(stateDir, ['managed.json']);
    const haystack = [...out, ...files, ...keyringValues(account.id), ...recording.values].join('\n');
    expect(haystack.includes(SANDBOX_APP_SECRET)).toBe(false);
    const printed = [...out, ...files].join('\n');
    for (const secret of recording.values) expect(printed.includes(secret), `${secret.slice(0, 3)}… printed or written`).toBe(false);
  });
});
