import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loginCommand } from '../../../electron/cli/commands/login';
import { logoutCommand } from '../../../electron/cli/commands/logout';
import { statusCommand } from '../../../electron/cli/commands/status';
import { tokenSetCommand } from '../../../electron/cli/commands/token-set';
import { accountTokenSourceForCli } from '../../../electron/auth/cli-auth-context';
import { signIn } from '../../../electron/auth/sign-in';
import { detectKeychain } from '../../../electron/keychain/detect-keychain';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { approveInBrowser, setAuthSettings, startAuthRoutesHost } from '../../electron/sandbox/auth/auth-routes-host';
import { createCliHarness, recordingSecretStore } from './cli-harness';

// Runs every sign-in path the app and CLI have, collects everything they write or send (files in
// the state dir, CLI stdout/stderr, console logs, account payloads bound for the renderer, sign-in
// outcomes, error JSON, the sandbox's request log) and looks for any secret used in the run.

describe('no secret leaks', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  const logged: string[] = [];
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());
  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('finds none of the secrets in anything written, printed, logged or sent', async () => {
    const recording = recordingSecretStore(createMemorySecretStore());
    const cli = await createCliHarness({ secrets: recording.store, openUrl: async (url) => void (await approveInBrowser(url)) });
    const written: string[] = [];
    const wrongSecret = 'wrong-secret-5c1f9a';
    const pasted = host.tokens.issue({ userId: 'ou_leak_check', ttlMs: 3_600_000, kind: 'user', token: 'u-pasted-leak-check-77' });

    // OAuth sign-in, status, and a renewal with a rotated refresh token (the CLI path).
    expect((await cli.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', host.url, '--port', '0'], SANDBOX_APP_SECRET)).code).toBe(0);
    await cli.run(statusCommand, []);
    const found = (await accountTokenSourceForCli(cli.ctx))!;
    const first = await found.tokens.getAccessToken();
    host.tokens.expire(first);
    const renewed = await found.tokens.renewAfterRejection!(first, 'auth-expired');
    expect(renewed).not.toBe(first);
    await new Promise((r) => setTimeout(r, 20)); // the account file write after the renewal
    await cli.run(statusCommand, []);

    // A refresh that fails for good: the account is marked and the error is reported.
    await setAuthSettings(host.url, { revokeRefreshTokens: true });
    host.tokens.expire(renewed!);
    expect(await found.tokens.renewAfterRejection!(renewed!, 'auth-expired')).toBeNull();
    written.push(JSON.stringify(await found.tokens.getAccessToken().catch((e: unknown) => e)));
    await setAuthSettings(host.url, { revokeRefreshTokens: false });

    // A wrong secret, a pasted token, and app credentials (the app's IPC sign-in path).
    written.push((await cli.run(loginCommand, ['--app-id', SANDBOX_APP_ID, '--base-url', host.url, '--port', '0'], wrongSecret)).err);
    let appAccount = null as unknown;
    const deps = {
      fetch: (u: string, i: Parameters<typeof fetch>[1]) => fetch(u, i),
      secrets: recording.store,
      accounts: { get: () => null, set: (a: unknown) => void (appAccount = a) },
      now: () => Date.now(),
      openExternal: () => undefined,
    };
    const tenant = await signIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: 'ou_x', userIdType: 'open_id' }, deps);
    const badTenant = await signIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: wrongSecret, userId: 'ou_x', userIdType: 'open_id' }, deps);
    const badToken = await signIn({ mode: 'user-token', region: 'custom', baseUrl: host.url, token: 'u-never-issued-3141' }, deps);
    // What main would send the renderer: the account and keychain status in AppState, sign-in outcomes.
    written.push(JSON.stringify({ account: appAccount, keychain: await detectKeychain(recording.store) }), JSON.stringify([tenant, badTenant, badToken]));
    expect((await cli.run(tokenSetCommand, ['--base-url', host.url], pasted)).code).toBe(0);
    await cli.run(statusCommand, []);
    // Every file in the state dir, the refresh locks' directory included.
    for (const entry of await readdir(cli.stateDir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) written.push(await readFile(join(entry.parentPath, entry.name), 'utf8'));
    }
    await cli.run(logoutCommand, []);
    written.push(JSON.stringify(host.requests));

    const secrets = new Set([...recording.values, SANDBOX_APP_SECRET, wrongSecret, pasted, 'u-never-issued-3141', first, renewed!]);
    expect(recording.values.size).toBeGreaterThanOrEqual(6); // app secret, 2 access + 2 refresh tokens, tenant token, pasted token…
    const haystack = [...written, ...cli.stdout, ...cli.stderr, ...logged].join('\n');
    expect(haystack.length).toBeGreaterThan(1000);
    for (const secret of secrets) expect(haystack.includes(secret), `a secret (${secret.slice(0, 3)}…) leaked`).toBe(false);
  });
});
