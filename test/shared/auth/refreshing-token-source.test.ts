import { describe, expect, it } from 'vitest';
import { createRefreshingTokenSource } from '../../../shared/auth/refreshing-token-source';
import type { RefreshingTokenSourceOptions } from '../../../shared/auth/refreshing-token-source';
import { AuthError } from '../../../shared/auth/auth-error';
import type { OAuthTokens } from '../../../shared/auth/oauth-client';
import type { UserTokenState } from '../../../shared/auth/user-token-state';
import { isApiError } from '../../../shared/feishu/api-error';

/** A refresh endpoint the test answers by hand, so it decides when each refresh completes. */
function controllableRefresh() {
  const calls: { refreshToken: string; resolve: (t: OAuthTokens) => void; reject: (e: unknown) => void }[] = [];
  const refresh = (refreshToken: string) =>
    new Promise<OAuthTokens>((resolve, reject) => {
      calls.push({ refreshToken, resolve, reject });
    });
  return { calls, refresh };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

function setup(initial: Partial<UserTokenState> = {}, extra: Partial<RefreshingTokenSourceOptions> = {}) {
  let now = 1_000_000;
  const log: string[] = [];
  const persisted: UserTokenState[] = [];
  const needsSignIn: string[] = [];
  const server = controllableRefresh();
  const saved = { accessToken: 'A1', accessExpiresAt: now + 7_200_000, refreshToken: 'R1', refreshExpiresAt: now + 604_800_000, ...initial };
  const source = createRefreshingTokenSource({
    load: async () => saved,
    refresh: (token) => {
      log.push(`refresh ${token}`);
      return server.refresh(token);
    },
    persist: async (next) => {
      await flush();
      log.push(`persist ${next.refreshToken}`);
      persisted.push(next);
    },
    onNeedsSignIn: (message) => needsSignIn.push(message),
    now: () => now,
    marginMs: 300_000,
    ...extra,
  });
  return { source, server, log, persisted, needsSignIn, advance: (ms: number) => (now += ms), now: () => now };
}

describe('refreshing token source', () => {
  it('hands out the saved token while it is comfortably valid, without refreshing', async () => {
    const t = setup();
    expect(await t.source.getAccessToken()).toBe('A1');
    expect(t.server.calls).toHaveLength(0);
  });

  it('refreshes before expiry (inside the margin) using the returned lifetimes', async () => {
    const t = setup();
    t.advance(7_200_000 - 299_000); // 4m59s before expiry
    const pending = t.source.getAccessToken();
    await flush();
    expect(t.server.calls).toHaveLength(1);
    t.server.calls[0]!.resolve({ accessToken: 'A2', expiresInSec: 60, refreshToken: 'R2', refreshExpiresInSec: 3600 });
    expect(await pending).toBe('A2');
    expect(t.persisted[0]).toEqual({ accessToken: 'A2', accessExpiresAt: t.now() + 60_000, refreshToken: 'R2', refreshExpiresAt: t.now() + 3_600_000 });
    // The next token lives 60 s: the margin shrinks to half of it, not 5 minutes (which would refresh forever).
    t.advance(20_000);
    expect(await t.source.getAccessToken()).toBe('A2');
    expect(t.server.calls).toHaveLength(1);
  });

  it('runs exactly one refresh however many callers ask at once, and all get the new token', async () => {
    const t = setup();
    const rejected = Array.from({ length: 10 }, () => t.source.renewAfterRejection!('A1', 'auth-expired'));
    t.advance(8_000_000); // expired for everyone who asks now
    const asking = Array.from({ length: 10 }, () => t.source.getAccessToken());
    await flush();
    expect(t.server.calls).toHaveLength(1);
    expect(t.server.calls[0]!.refreshToken).toBe('R1');
    t.server.calls[0]!.resolve({ accessToken: 'A2', expiresInSec: 7200, refreshToken: 'R2', refreshExpiresInSec: 604800 });
    expect(await Promise.all([...rejected, ...asking])).toEqual(Array(20).fill('A2'));
    // A late request rejected with the old token gets the new one, not a second refresh.
    expect(await t.source.renewAfterRejection!('A1', 'auth-expired')).toBe('A2');
    expect(t.server.calls).toHaveLength(1);
  });

  it('persists the rotated refresh token before anyone receives the new access token', async () => {
    const t = setup();
    const got: string[] = [];
    const waiting = t.source.renewAfterRejection!('A1', 'auth-expired').then((token) => {
      t.log.push(`use ${token}`);
      got.push(token!);
    });
    await flush();
    t.server.calls[0]!.resolve({ accessToken: 'A2', expiresInSec: 7200, refreshToken: 'R2', refreshExpiresInSec: 604800 });
    await waiting;
    expect(t.log).toEqual(['refresh R1', 'persist R2', 'use A2']);
    // The next refresh uses the rotated token, never the spent one.
    t.advance(61_000);
    const second = t.source.renewAfterRejection!('A2', 'auth-expired');
    await flush();
    expect(t.server.calls[1]!.refreshToken).toBe('R2');
    t.server.calls[1]!.resolve({ accessToken: 'A3', expiresInSec: 7200, refreshToken: 'R3', refreshExpiresInSec: 604800 });
    expect(await second).toBe('A3');
  });

  it('marks the account "sign in again" once when the refresh token is dead, and stops calling', async () => {
    const t = setup();
    const first = t.source.renewAfterRejection!('A1', 'auth-expired');
    await flush();
    t.server.calls[0]!.reject(new AuthError('needs-sign-in', 'used already', 20073));
    expect(await first).toBeNull();
    expect(await t.source.renewAfterRejection!('A1', 'auth-expired')).toBeNull();
    const error = await t.source.getAccessToken().catch((e: unknown) => e);
    expect(isApiError(error) && error.kind).toBe('auth-invalid');
    expect(t.server.calls).toHaveLength(1);
    expect(t.needsSignIn).toEqual(['used already']);
    expect(t.persisted).toHaveLength(0);
  });

  it('does not call the server at all when the refresh token has expired or is missing', async () => {
    const expired = setup({ refreshExpiresAt: 1 });
    expect(await expired.source.renewAfterRejection!('A1', 'auth-expired')).toBeNull();
    expect(expired.server.calls).toHaveLength(0);
    expect(expired.needsSignIn[0]).toMatch(/expired/);

    const pasted = setup({ refreshToken: null, refreshExpiresAt: null });
    expect(await pasted.source.renewAfterRejection!('A1', 'auth-invalid')).toBeNull();
    expect(pasted.needsSignIn[0]).toMatch(/cannot be renewed/);
  });

  it('keeps the session on a busy server: the old token while valid, a retryable error after', async () => {
    const t = setup();
    t.advance(7_200_000 - 60_000); // inside the margin, still valid
    const pending = t.source.getAccessToken();
    await flush();
    t.server.calls[0]!.reject(new AuthError('retry-later', 'busy', 20072));
    expect(await pending).toBe('A1');

    t.advance(120_000); // now expired
    const later = t.source.getAccessToken().catch((e: unknown) => e);
    await flush();
    t.server.calls[1]!.reject(new AuthError('retry-later', 'busy', 20050));
    const error = await later;
    expect(isApiError(error) && error.kind).toBe('server');
    expect(t.needsSignIn).toHaveLength(0);
  });

  it('treats a freshly issued token being rejected again as "sign in again", not a loop', async () => {
    const t = setup();
    const first = t.source.renewAfterRejection!('A1', 'auth-invalid');
    await flush();
    t.server.calls[0]!.resolve({ accessToken: 'A2', expiresInSec: 7200, refreshToken: 'R2', refreshExpiresInSec: 604800 });
    expect(await first).toBe('A2');
    expect(await t.source.renewAfterRejection!('A2', 'auth-invalid')).toBeNull();
    expect(t.server.calls).toHaveLength(1);
    expect(t.needsSignIn).toHaveLength(1);
  });

  it('goes on in memory and says so when the keychain refuses the new tokens', async () => {
    const failures: string[] = [];
    const t = setup({}, { persist: async () => Promise.reject(new Error('locked')), onPersistFailed: (m) => failures.push(m) });
    const pending = t.source.renewAfterRejection!('A1', 'auth-expired');
    await flush();
    t.server.calls[0]!.resolve({ accessToken: 'A2', expiresInSec: 7200, refreshToken: 'R2', refreshExpiresInSec: 604800 });
    expect(await pending).toBe('A2');
    expect(failures[0]).toMatch(/keychain/);
  });
});
