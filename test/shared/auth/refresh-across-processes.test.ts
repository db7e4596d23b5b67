import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../shared/auth/auth-error';
import type { OAuthTokens } from '../../../shared/auth/oauth-client';
import type { RefreshLockPort } from '../../../shared/auth/refresh-lock-port';
import { createRefreshingTokenSource } from '../../../shared/auth/refreshing-token-source';
import type { UserTokenState } from '../../../shared/auth/user-token-state';

// Several "processes" (token sources that share nothing in memory) over one keychain, one
// single-use rotating refresh endpoint and one lock: the rules that keep a user signed in when
// the tray app and CLI runs refresh at the same moment.

const T0 = 1_000_000;
const flush = () => new Promise((r) => setTimeout(r, 0));

/** Single-use refresh tokens that rotate, answered after a few ticks (a slow server). */
function rotatingServer(first = 1) {
  const live = new Set([`R${first}`]);
  let issued = first;
  const spent: string[] = [];
  const refresh = async (token: string): Promise<OAuthTokens> => {
    spent.push(token);
    for (let i = 0; i < 5; i++) await flush();
    if (!live.delete(token)) throw new AuthError('needs-sign-in', 'Renewing the sign-in failed: the saved sign-in is no longer valid (20073: already used). Sign in again.', 20073);
    issued++;
    live.add(`R${issued}`);
    return { accessToken: `A${issued}`, expiresInSec: 7200, refreshToken: `R${issued}`, refreshExpiresInSec: 604_800 };
  };
  return { refresh, spent };
}

/** A mutex standing in for the lock file: one holder at a time, the rest queue. */
function fakeLock(): RefreshLockPort & { holds: number } {
  let tail: Promise<unknown> = Promise.resolve();
  const lock = {
    holds: 0,
    hold<T>(work: () => Promise<T>): Promise<T> {
      const run = tail.then(() => {
        lock.holds++;
        return work();
      });
      tail = run.catch(() => undefined);
      return run;
    },
  };
  return lock;
}

function keychain(): { saved: UserTokenState } {
  // The account's times say the access token has expired: every process must renew it.
  return { saved: { accessToken: 'A1', accessExpiresAt: T0 - 1, refreshToken: 'R1', refreshExpiresAt: T0 + 604_800_000 } };
}

function process_(shared: { saved: UserTokenState }, server: ReturnType<typeof rotatingServer>, lock?: RefreshLockPort) {
  const signedOut: string[] = [];
  const source = createRefreshingTokenSource({
    load: async () => ({ ...shared.saved }),
    reload: async () => ({ ...shared.saved }),
    refresh: server.refresh,
    persist: async (next) => {
      await flush();
      shared.saved = { ...next };
    },
    onNeedsSignIn: (message) => signedOut.push(message),
    now: () => T0,
    lock,
    sleep: async () => {
      for (let i = 0; i < 10; i++) await flush();
    },
  });
  return { source, signedOut };
}

describe('refresh across processes', () => {
  it('four processes with an expired token: one refresh reaches the server, all four get its token, nobody is signed out', async () => {
    const shared = keychain();
    const server = rotatingServer();
    const lock = fakeLock();
    const processes = Array.from({ length: 4 }, () => process_(shared, server, lock));
    const tokens = await Promise.all(processes.map((p) => p.source.getAccessToken()));
    expect(server.spent).toEqual(['R1']);
    expect(tokens).toEqual(['A2', 'A2', 'A2', 'A2']);
    expect(processes.flatMap((p) => p.signedOut)).toEqual([]);
    expect(shared.saved).toMatchObject({ accessToken: 'A2', refreshToken: 'R2' });
    expect(lock.holds).toBe(4);
  });

  it('without the lock the same race spends R1 four times (what the lock prevents), yet the re-read keeps everyone signed in', async () => {
    const shared = keychain();
    const server = rotatingServer();
    const processes = Array.from({ length: 4 }, () => process_(shared, server));
    const tokens = await Promise.all(processes.map((p) => p.source.getAccessToken()));
    expect(server.spent).toEqual(['R1', 'R1', 'R1', 'R1']);
    // The three told "already used" look again (once more after a pause while the winner is
    // still saving), find the winner's rotation and use it.
    expect(tokens).toEqual(['A2', 'A2', 'A2', 'A2']);
    expect(processes.flatMap((p) => p.signedOut)).toEqual([]);
  });

  it('a process whose in-memory token was rejected uses the tokens another process rotated, without a refresh', async () => {
    const shared = { saved: { ...keychain().saved, accessExpiresAt: T0 + 3_600_000 } };
    const server = rotatingServer();
    const lock = fakeLock();
    const app = process_(shared, server, lock);
    const cli = process_(shared, server, lock);
    expect(await app.source.getAccessToken()).toBe('A1');
    // The CLI renews (say the server refused A1), rotating R1 → R2 in the shared keychain.
    expect(await cli.source.renewAfterRejection!('A1', 'auth-expired')).toBe('A2');
    // Later the app is refused A1 too: under the lock it re-reads and finds A2/R2.
    expect(await app.source.renewAfterRejection!('A1', 'auth-expired')).toBe('A2');
    expect(server.spent).toEqual(['R1']);
    expect(app.signedOut).toEqual([]);
  });

  it('a process that read the new tokens before their times were saved does not refresh again', async () => {
    // Another process has just rotated: tokens A2/R2 are saved, this one loaded them with the old
    // (expired) times; under the lock it reads the times saved beside them and uses A2 as is.
    const shared = { saved: { accessToken: 'A2', accessExpiresAt: T0 - 1, refreshToken: 'R2', refreshExpiresAt: T0 + 604_800_000 } };
    const server = rotatingServer(2);
    const late = process_(shared, server, fakeLock());
    const loaded = late.source.getAccessToken();
    shared.saved = { ...shared.saved, accessExpiresAt: T0 + 7_200_000 };
    expect(await loaded).toBe('A2');
    expect(server.spent).toEqual([]);
    // But a token the API has just refused is renewed, however valid its saved times say it is.
    expect(await late.source.renewAfterRejection!('A2', 'auth-invalid')).toBe('A3');
  });

  it('"already used" with nothing new in the keychain still means sign in again, once', async () => {
    const shared = keychain();
    const server = rotatingServer();
    await server.refresh('R1'); // spent by someone who never saved the result
    const p = process_(shared, server, fakeLock());
    const error = await p.source.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth-invalid' });
    expect(p.signedOut).toHaveLength(1);
    expect(p.signedOut[0]).toMatch(/20073/);
  });

  it('a lock that cannot be had in time is a retryable error, not "sign in again"', async () => {
    const shared = keychain();
    const stuck: RefreshLockPort = { hold: async () => Promise.reject(new AuthError('retry-later', 'Another process has been renewing for too long.')) };
    const p = process_(shared, rotatingServer(), stuck);
    const error = await p.source.getAccessToken().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', message: 'Another process has been renewing for too long.' });
    expect(p.signedOut).toEqual([]);
  });

  it('re-reads the keychain after taking the lock, not before', async () => {
    const shared = keychain();
    const server = rotatingServer();
    const order: string[] = [];
    const lock: RefreshLockPort = {
      async hold(work) {
        order.push('lock');
        try {
          return await work();
        } finally {
          order.push('unlock');
        }
      },
    };
    const source = createRefreshingTokenSource({
      load: async () => ({ ...shared.saved }),
      reload: async () => (order.push('reload'), { ...shared.saved }),
      refresh: async (token) => (order.push('refresh'), server.refresh(token)),
      persist: async (next) => void (order.push('persist'), (shared.saved = next)),
      onNeedsSignIn: () => undefined,
      now: () => T0,
      lock,
    });
    expect(await source.getAccessToken()).toBe('A2');
    expect(order).toEqual(['lock', 'reload', 'refresh', 'persist', 'unlock']);
  });
});
