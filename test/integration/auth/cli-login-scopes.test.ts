import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginCommand } from '../../../electron/cli/commands/login';
import { loginBrokerCommand } from '../../../electron/cli/commands/login-broker';
import { statusCommand } from '../../../electron/cli/commands/status';
import { tokenSetCommand } from '../../../electron/cli/commands/token-set';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { startTestBroker } from '../../electron/broker/broker-harness';
import { approveInBrowser, setAuthSettings } from '../../electron/sandbox/auth/auth-routes-host';
import { createCliHarness } from './cli-harness';

// `login --scopes details,act` and status's "Permissions:" line against the real sandbox server.

let sandbox: Sandbox;
beforeAll(async () => (sandbox = await startSandbox()));
afterAll(() => sandbox.close());

async function cli() {
  const urls: string[] = [];
  const harness = await createCliHarness({ secrets: createMemorySecretStore(), openUrl: async (url) => void (urls.push(url), await approveInBrowser(url)) });
  const login = (...extra: string[]) => harness.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', sandbox.url, '--port', '0', ...extra], SANDBOX_APP_SECRET);
  const scopeOf = (index: number) => new URL(urls[index]!).searchParams.get('scope');
  return { ...harness, login, scopeOf };
}

const permissions = (out: string) => /^Permissions: +(.*)$/m.exec(out)?.[1];

describe('CLI login --scopes and status permissions', () => {
  it('without --scopes asks for the base scopes only, and status says which scope each feature needs', async () => {
    const c = await cli();
    const login = await c.login();
    expect(login.code).toBe(0);
    expect(login.out).not.toMatch(/also ask/);
    expect(c.scopeOf(0)).toBe('approval:approval:readonly offline_access');
    const status = await c.run(statusCommand, []);
    expect(permissions(status.out)).toBe('details no (needs approval:task:read, approval:instance:read; login --scopes details), approve/reject no (needs approval:task:read, approval:task:write; login --scopes act)');
    expect(status.out).toMatch(/^Scopes granted: approval:approval:readonly offline_access$/m);
  });

  it('--scopes details,act says what it will ask first, grants both, and a later plain login keeps them', async () => {
    const c = await cli();
    const login = await c.login('--scopes', 'details,act');
    expect(login.code).toBe(0);
    expect(login.out).toMatch(/also ask you to allow:\n {2}approval:task:read[^\n]*\n {2}approval:instance:read[^\n]*\n {2}approval:task:write[^\n]*\nOpen this URL/);
    expect(c.scopeOf(0)).toBe('approval:approval:readonly offline_access approval:task:read approval:instance:read approval:task:write');
    expect(permissions((await c.run(statusCommand, [])).out)).toBe('details yes, approve/reject yes');

    const again = await c.login();
    expect(again.code).toBe(0);
    expect(c.scopeOf(1)).toBe(c.scopeOf(0));
    expect(permissions((await c.run(statusCommand, [])).out)).toBe('details yes, approve/reject yes');
  });

  it('a scope left out of the grant exits 4 naming it; the sign-in is kept', async () => {
    const c = await cli();
    await setAuthSettings(sandbox.url, { withheldScopes: ['approval:task:write'] }, sandbox.controlSecret);
    try {
      const login = await c.login('--scopes', 'act');
      expect(login.code).toBe(4);
      expect(login.err).toMatch(/^login: signed in, but Feishu did not grant approval:task:write/);
      const status = await c.run(statusCommand, []);
      expect(status.code).toBe(0);
      expect(permissions(status.out)).toBe('details no (needs approval:instance:read; login --scopes details), approve/reject no (needs approval:task:write; login --scopes act)');
    } finally {
      await setAuthSettings(sandbox.url, { withheldScopes: [] }, sandbox.controlSecret);
    }
  });

  it('--scopes works through an organisation\'s token broker too', async () => {
    const broker = await startTestBroker(sandbox.url);
    try {
      const c = await cli();
      const args = ['--broker', broker.url, '--app-id', SANDBOX_APP_ID, '--base-url', sandbox.url, '--port', '0', '--scopes', 'details'];
      const login = await c.run((a, ctx) => loginBrokerCommand(a, ctx, { status: 'none', path: '' }), args);
      expect(login.code).toBe(0);
      expect(login.out).toMatch(/also ask you to allow:/);
      expect(c.scopeOf(0)).toBe('approval:approval:readonly offline_access approval:task:read approval:instance:read');
      expect(permissions((await c.run(statusCommand, [])).out)).toMatch(/^details yes, approve\/reject no \(needs approval:task:write; login --scopes act\)$/);
    } finally {
      await broker.close();
    }
  });

  it('a sign-in asking for extra scopes that never comes back names the likely reason', async () => {
    const c = await cli();
    const run = await c.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', sandbox.url, '--port', '0', '--no-open', '--timeout', '0.2', '--scopes', 'act'], SANDBOX_APP_SECRET);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/not completed within .* If the Feishu page said the app lacks a permission/);
  });

  it('a pasted token has no recorded grant: status says the first call will name a missing scope', async () => {
    const c = await cli();
    expect((await c.run(tokenSetCommand, ['--base-url', sandbox.url], sandbox.demoToken)).code).toBe(0);
    const status = await c.run(statusCommand, []);
    expect(permissions(status.out)).toMatch(/^not recorded \(pasted token/);
    expect(status.out).not.toMatch(/Scopes granted/);
  });

  it('refuses an unknown feature and --scopes with app credentials (usage, exit 2), before anything is sent', async () => {
    const c = await cli();
    const bad = await c.login('--scopes', 'write');
    expect(bad).toMatchObject({ code: 2, err: expect.stringMatching(/--scopes takes details, act/) });
    const tenant = await c.run(loginCommand, ['--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', 'ou_x', '--base-url', sandbox.url, '--scopes', 'act'], SANDBOX_APP_SECRET);
    expect(tenant).toMatchObject({ code: 2, err: expect.stringMatching(/needs the browser sign-in/) });
    expect((await c.run(statusCommand, [])).out).toMatch(/not signed in/);
  });
});
