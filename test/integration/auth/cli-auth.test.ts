import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCommand } from '../../../electron/cli/commands/login';
import { logoutCommand } from '../../../electron/cli/commands/logout';
import { statusCommand } from '../../../electron/cli/commands/status';
import { tokenSetCommand } from '../../../electron/cli/commands/token-set';
import { accountTokenSourceForCli } from '../../../electron/auth/cli-auth-context';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET, SANDBOX_DENYING_APP_ID } from '../../../electron/sandbox/auth/demo-app';
import { approveInBrowser, startAuthRoutesHost } from '../../electron/sandbox/auth/auth-routes-host';
import { createCliHarness } from './cli-harness';

describe('CLI login, status, token set, logout', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());

  it('logs in through the browser flow, prints the URL first, and status shows who without secrets', async () => {
    const secrets = createMemorySecretStore();
    const cli = await createCliHarness({ secrets, openUrl: async (url) => void (await approveInBrowser(url)) });
    const login = await cli.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', host.url, '--port', '0'], `${SANDBOX_APP_SECRET}\n`);
    expect(login.err).toBe('');
    expect(login.code).toBe(0);
    expect(login.out).toMatch(/Open this URL to sign in[^\n]*\nhttp:\/\/127\.0\.0\.1:\d+\/open-apis\/authen\/v1\/authorize\?client_id=cli_sandbox_demo/);
    expect(login.out).toContain('Signed in as 沙盒用户 Sandbox User (ou_sandbox_demo_user)');

    const status = await cli.run(statusCommand, []);
    expect(status.code).toBe(0);
    expect(status.out).toMatch(/User: +沙盒用户 Sandbox User ou_sandbox_demo_user/);
    expect(status.out).toMatch(/Access token: +expires in 2 h/);
    expect(status.out).toMatch(/Refresh token: +expires in 168 h/);
    expect(status.out).toMatch(/Keychain: +memory/);
    expect(status.out).toMatch(/API calls: +42 this month/);

    // The CLI's other commands find the keychain's account when no token is given.
    const found = await accountTokenSourceForCli(cli.ctx);
    expect(found?.account.userId).toBe('ou_sandbox_demo_user');
    expect(host.tokens.check(await found!.tokens.getAccessToken())).toMatchObject({ ok: true });

    const account = JSON.parse(await readFile(`${cli.stateDir}/account.json`, 'utf8')) as { id: string };
    const logout = await cli.run(logoutCommand, []);
    expect(logout.code).toBe(0);
    expect(await secrets.get(account.id, 'refresh-token')).toBeNull();
    expect(await secrets.get(account.id, 'app-secret')).toBeNull();
    expect((await cli.run(statusCommand, [])).out).toMatch(/not signed in/);
  });

  it('explains a refusal in the browser and a missing app id or secret', async () => {
    const cli = await createCliHarness({ secrets: createMemorySecretStore(), openUrl: async (url) => void (await approveInBrowser(url)) });
    const denied = await cli.run(loginCommand, ['--app-id', SANDBOX_DENYING_APP_ID, '--base-url', host.url, '--port', '0'], SANDBOX_APP_SECRET);
    expect(denied.code).toBe(1);
    expect(denied.err).toMatch(/declined access/);
    expect((await cli.run(loginCommand, ['--base-url', host.url], 'x')).err).toMatch(/--app-id/);
    expect((await cli.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', host.url], '')).err).toMatch(/No App Secret on stdin/);
  });

  it('with --no-open only prints the URL, and gives up after the timeout', async () => {
    let opened = 0;
    const cli = await createCliHarness({ secrets: createMemorySecretStore(), openUrl: async () => void opened++ });
    const run = await cli.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', host.url, '--port', '0', '--no-open', '--timeout', '0.2'], SANDBOX_APP_SECRET);
    expect(opened).toBe(0);
    expect(run.out).toContain('/open-apis/authen/v1/authorize?');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/not completed within/);
  });

  it('token set reads the token from stdin, learns the user, and refuses garbage', async () => {
    host.tokens.issue({ userId: 'ou_cli_paste', ttlMs: 3_600_000, kind: 'user', token: 'u-cli-pasted' });
    const secrets = createMemorySecretStore();
    const cli = await createCliHarness({ secrets });
    const set = await cli.run(tokenSetCommand, ['--base-url', host.url], 'u-cli-pasted\n');
    expect(set.code).toBe(0);
    expect(set.out).toContain('ou_cli_paste');
    expect(set.out).not.toContain('u-cli-pasted');
    expect((await cli.run(statusCommand, [])).out).toMatch(/pasted user token/);
    expect((await cli.run(tokenSetCommand, ['--base-url', host.url], '')).err).toMatch(/No token on stdin/);
    const bad = await cli.run(tokenSetCommand, ['--base-url', host.url], 'u-not-issued');
    expect(bad.code).toBe(1);
    expect(bad.err).not.toContain('u-not-issued');
  });
});
