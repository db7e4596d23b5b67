import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../electron/auth/sign-in';
import { signOut } from '../../../electron/auth/sign-out';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET, SANDBOX_DENYING_APP_ID } from '../../../electron/sandbox/auth/demo-app';
import type { Account } from '../../../shared/settings/settings';
import type { SignInDeps } from '../../../electron/auth/sign-in-deps';
import { approveInBrowser, startAuthRoutesHost } from '../sandbox/auth/auth-routes-host';

function deps(overrides: Partial<SignInDeps> = {}) {
  let saved: Account | null = null;
  const secrets = createMemorySecretStore();
  const opened: string[] = [];
  const d: SignInDeps = {
    fetch: (url, init) => fetch(url, init),
    secrets,
    accounts: { get: () => saved, set: (a) => void (saved = a) },
    now: () => Date.now(),
    openExternal: async (url) => {
      opened.push(url);
      await approveInBrowser(url);
    },
    ...overrides,
  };
  return { d, secrets, opened, saved: () => saved };
}

describe('sign-in flows against the sandbox endpoints', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());
  const oauth = (appId = SANDBOX_APP_ID, appSecret = SANDBOX_APP_SECRET) => ({ mode: 'oauth' as const, region: 'custom' as const, baseUrl: host.url, appId, appSecret, callbackPort: 0 });

  it('signs in with the browser, learns who the user is, and keeps every secret in the secret store', async () => {
    const t = deps();
    const outcome = await signIn(oauth(), t.d);
    expect(outcome).toMatchObject({ ok: true });
    const account = t.saved()!;
    expect(account).toMatchObject({ mode: 'oauth', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, userId: 'ou_sandbox_demo_user', userName: '沙盒用户 Sandbox User', needsSignIn: false });
    expect(account.accessTokenExpiresAt).toBeGreaterThan(Date.now() + 7_000_000);
    expect(await t.secrets.get(account.id, 'app-secret')).toBe(SANDBOX_APP_SECRET);
    expect(await t.secrets.get(account.id, 'refresh-token')).toMatch(/^ur-/);
    expect(JSON.stringify(account)).not.toMatch(/sandbox-demo-secret|"u-|"ur-/);
    expect(t.opened[0]).toContain('code_challenge_method=S256');

    expect((await signOut(account, { secrets: t.secrets, accounts: t.d.accounts })).ok).toBe(true);
    for (const kind of ['app-secret', 'access-token', 'refresh-token'] as const) expect(await t.secrets.get(account.id, kind)).toBeNull();
    expect(t.saved()).toBeNull();
  });

  it('says the user declined, and that a wrong secret is wrong', async () => {
    const denied = await signIn(oauth(SANDBOX_DENYING_APP_ID), deps().d);
    expect(denied).toMatchObject({ ok: false, kind: 'access-denied' });
    const wrong = await signIn(oauth(SANDBOX_APP_ID, 'not-the-secret'), deps().d);
    expect(wrong).toMatchObject({ ok: false, kind: 'bad-credentials' });
    expect(!wrong.ok && wrong.message).toMatch(/App ID or App Secret is wrong/);
    expect(!wrong.ok && wrong.message).not.toContain('not-the-secret');
  });

  it('times out when nobody completes the sign-in, and stops listening', async () => {
    const outcome = await signIn(oauth(), deps({ openExternal: () => undefined, timeoutMs: 100 }).d);
    expect(outcome).toMatchObject({ ok: false, kind: 'timeout' });
  });

  it('signs in with a pasted user token, asking user_info who it belongs to', async () => {
    const token = host.tokens.issue({ userId: 'ou_pasted', ttlMs: 60_000, kind: 'user', token: 'u-pasted-token' });
    const t = deps();
    const outcome = await signIn({ mode: 'user-token', region: 'custom', baseUrl: host.url, token: ` ${token} ` }, t.d);
    expect(outcome).toMatchObject({ ok: true, value: { mode: 'user-token', userId: 'ou_pasted' } });
    expect(await t.secrets.get(t.saved()!.id, 'access-token')).toBe('u-pasted-token');
    const bad = await signIn({ mode: 'user-token', region: 'custom', baseUrl: host.url, token: 'u-nonsense' }, deps().d);
    expect(bad).toMatchObject({ ok: false });
  });

  it('signs in with app credentials by fetching a tenant token, and refuses a wrong secret', async () => {
    const t = deps();
    const outcome = await signIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: 'ou_someone', userIdType: 'open_id' }, t.d);
    expect(outcome).toMatchObject({ ok: true, value: { mode: 'tenant', userId: 'ou_someone' } });
    expect(await t.secrets.get(t.saved()!.id, 'tenant-token')).toMatch(/"token":"t-/);
    const wrong = await signIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: 'x', userId: 'ou_someone', userIdType: 'open_id' }, deps().d);
    expect(wrong).toMatchObject({ ok: false, kind: 'bad-credentials' });
  });

  it('replacing the account forgets the old account’s secrets', async () => {
    const t = deps();
    await signIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: 'ou_a', userIdType: 'open_id' }, t.d);
    const first = t.saved()!;
    await signIn(oauth(), t.d);
    expect(t.saved()!.id).not.toBe(first.id);
    expect(await t.secrets.get(first.id, 'app-secret')).toBeNull();
  });
});
