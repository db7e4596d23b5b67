import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountTokenSource } from '../../../electron/auth/account-token-source';
import { signIn } from '../../../electron/auth/sign-in';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import type { Account } from '../../../shared/settings/settings';
import { isApiError } from '../../../shared/feishu/api-error';
import { approveInBrowser, setAuthSettings, startAuthRoutesHost } from '../sandbox/auth/auth-routes-host';

describe('account token source', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());

  async function signedIn(request: Parameters<typeof signIn>[0]) {
    let saved: Account | null = null;
    const secrets = createMemorySecretStore();
    const outcome = await signIn(request, {
      fetch: (u, i) => fetch(u, i),
      secrets,
      accounts: { get: () => saved, set: (a) => void (saved = a) },
      now: () => Date.now(),
      openExternal: async (url) => void (await approveInBrowser(url)),
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const changes: Account[] = [];
    const source = createAccountTokenSource({ account: outcome.value, secrets, fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: (a) => changes.push(a) });
    return { account: outcome.value, secrets, source, changes };
  }
  const refreshes = () => host.requests.filter((r) => r.path === '/open-apis/authen/v2/oauth/token').length;

  it('oauth: renews a rejected token once for many callers, saves the rotated refresh token and the new expiry', async () => {
    const s = await signedIn({ mode: 'oauth', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 });
    const first = await s.source.getAccessToken();
    const oldRefresh = await s.secrets.get(s.account.id, 'refresh-token');
    host.tokens.expire(first);
    await setAuthSettings(host.url, { refreshDelayMs: 100 });
    const before = refreshes();
    const renewed = await Promise.all(Array.from({ length: 8 }, () => s.source.renewAfterRejection!(first, 'auth-expired')));
    await setAuthSettings(host.url, { refreshDelayMs: 0 });
    expect(refreshes() - before).toBe(1);
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(first);
    expect(host.tokens.check(renewed[0]!)).toMatchObject({ ok: true });
    const newRefresh = await s.secrets.get(s.account.id, 'refresh-token');
    expect(newRefresh).not.toBe(oldRefresh);
    expect(await s.secrets.get(s.account.id, 'access-token')).toBe(renewed[0]);
    expect(s.changes.at(-1)!.accessTokenExpiresAt).toBeGreaterThan(s.account.accessTokenExpiresAt! - 1);
  });

  it('oauth: a revoked refresh token marks the account "sign in again" once, with no retry loop', async () => {
    const s = await signedIn({ mode: 'oauth', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 });
    const token = await s.source.getAccessToken();
    await setAuthSettings(host.url, { revokeRefreshTokens: true });
    const before = refreshes();
    expect(await s.source.renewAfterRejection!(token, 'auth-expired')).toBeNull();
    expect(await s.source.renewAfterRejection!(token, 'auth-expired')).toBeNull();
    const error = await s.source.getAccessToken().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('auth-invalid');
    expect(refreshes() - before).toBe(1);
    expect(s.changes.filter((a) => a.needsSignIn)).toHaveLength(1);
  });

  it('oauth: a second process reading the keychain after a rotation uses the new token and its saved times, without refreshing', async () => {
    const s = await signedIn({ mode: 'oauth', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 });
    const first = await s.source.getAccessToken();
    const renewed = await s.source.renewAfterRejection!(first, 'auth-expired');
    // The other process still has the sign-in's account record, whose access time has passed.
    const stale: Account = { ...s.account, accessTokenExpiresAt: Date.now() - 1000 };
    const before = refreshes();
    const other = createAccountTokenSource({ account: stale, secrets: s.secrets, fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: () => undefined });
    expect(await other.getAccessToken()).toBe(renewed);
    expect(refreshes() - before).toBe(0);
  });

  it('pasted token: a rejection marks the account "sign in again" and says the token expired', async () => {
    host.tokens.issue({ userId: 'ou_p', ttlMs: 60_000, kind: 'user', token: 'u-paste-2' });
    const s = await signedIn({ mode: 'user-token', region: 'custom', baseUrl: host.url, token: 'u-paste-2' });
    expect(await s.source.getAccessToken()).toBe('u-paste-2');
    expect(await s.source.renewAfterRejection!('u-paste-2', 'auth-expired')).toBeNull();
    expect(s.changes).toEqual([expect.objectContaining({ needsSignIn: true })]);
    const error = await s.source.getAccessToken().catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/pasted access token has expired/);
  });

  it('tenant: reuses the cached tenant token and fetches a new one once after a rejection', async () => {
    const s = await signedIn({ mode: 'tenant', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: 'ou_x', userIdType: 'open_id' });
    const cached = await s.source.getAccessToken();
    expect(cached).toMatch(/^t-/);
    host.tokens.expire(cached);
    const fresh = await s.source.renewAfterRejection!(cached, 'auth-expired');
    expect(fresh).not.toBe(cached);
    expect(host.tokens.check(fresh!)).toMatchObject({ ok: true, kind: 'tenant' });
  });

  it('an account already marked "sign in again" never calls the server', async () => {
    const account = { id: 'x', region: 'custom', baseUrl: host.url, mode: 'oauth', userId: 'ou', userIdType: 'open_id', needsSignIn: true, callbackPort: 47321 } as Account;
    const before = host.requests.length;
    const source = createAccountTokenSource({ account, secrets: createMemorySecretStore(), fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: () => undefined });
    await expect(source.getAccessToken()).rejects.toThrow(/sign in again/);
    expect(host.requests.length).toBe(before);
  });
});
