import { describe, expect, it } from 'vitest';
import { createTenantTokenSource } from '../../../shared/auth/tenant-token-source';
import { AuthError } from '../../../shared/auth/auth-error';
import { isApiError } from '../../../shared/feishu/api-error';

describe('tenant token source', () => {
  it('fetches once, caches until near expiry, and fetches once more for parallel callers', async () => {
    let now = 0;
    let fetched = 0;
    const source = createTenantTokenSource({
      fetchToken: async () => ({ token: `t-${++fetched}`, expiresInSec: 3600 }),
      now: () => now,
      marginMs: 60_000,
    });
    expect(await Promise.all([source.getAccessToken(), source.getAccessToken(), source.getAccessToken()])).toEqual(['t-1', 't-1', 't-1']);
    now = 3_600_000 - 59_000;
    expect(await source.getAccessToken()).toBe('t-2');
    expect(fetched).toBe(2);
  });

  it('renews once when the API rejects the token (99991663), and shares that renewal', async () => {
    let fetched = 0;
    const source = createTenantTokenSource({ fetchToken: async () => ({ token: `t-${++fetched}`, expiresInSec: 7200 }), now: () => 0 });
    await source.getAccessToken();
    const renewed = await Promise.all([source.renewAfterRejection!('t-1', 'auth-expired'), source.renewAfterRejection!('t-1', 'auth-expired')]);
    expect(renewed).toEqual(['t-2', 't-2']);
    expect(await source.renewAfterRejection!('t-1', 'auth-expired')).toBe('t-2');
    expect(fetched).toBe(2);
  });

  it('uses and fills the cache across restarts', async () => {
    const saved: { token: string; expiresAt: number }[] = [];
    const source = createTenantTokenSource({
      fetchToken: async () => ({ token: 'fresh', expiresInSec: 7200 }),
      now: () => 1000,
      cache: { load: async () => ({ token: 'cached', expiresAt: 10_000_000 }), save: async (t) => void saved.push(t) },
    });
    expect(await source.getAccessToken()).toBe('cached');
    expect(await source.renewAfterRejection!('cached', 'auth-expired')).toBe('fresh');
    expect(saved).toEqual([{ token: 'fresh', expiresAt: 1000 + 7_200_000 }]);
  });

  it('reports refused credentials as "sign in again"', async () => {
    const told: string[] = [];
    const source = createTenantTokenSource({
      fetchToken: async () => Promise.reject(new AuthError('bad-credentials', 'App Secret is wrong', 10014)),
      now: () => 0,
      onNeedsSignIn: (m) => told.push(m),
    });
    const error = await source.getAccessToken().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('auth-invalid');
    expect(told).toEqual(['App Secret is wrong']);
  });
});
