import type { TokenSource } from './token-source';
import { ApiError } from '../feishu/api-error';
import { isAuthError } from './auth-error';
import type { TenantToken } from './oauth-client';

// A TokenSource for an app (tenant) token: fetched from App ID + Secret, cached until shortly
// before it expires, fetched anew once when the API says it is invalid (99991663).

export interface CachedTenantToken {
  token: string;
  expiresAt: number;
}

export interface TenantTokenSourceOptions {
  fetchToken(): Promise<TenantToken>;
  now(): number;
  /** An optional cache across restarts (the keychain's tenant-token entry). */
  cache?: { load(): Promise<CachedTenantToken | null>; save(token: CachedTenantToken): Promise<void> };
  /** The credentials were refused: the account needs new ones. */
  onNeedsSignIn?(message: string): void;
  /** Renew this long before expiry (default 5 min). */
  marginMs?: number;
}

export function createTenantTokenSource(options: TenantTokenSourceOptions): TokenSource {
  const marginMs = options.marginMs ?? 5 * 60_000;
  let cached: CachedTenantToken | null = null;
  let loaded = false;
  let inFlight: Promise<string> | null = null;

  async function fetchFresh(): Promise<string> {
    let fresh: TenantToken;
    try {
      fresh = await options.fetchToken();
    } catch (error) {
      if (isAuthError(error) && (error.kind === 'bad-credentials' || error.kind === 'needs-sign-in' || error.kind === 'rejected')) {
        options.onNeedsSignIn?.(error.message);
        throw new ApiError({ kind: 'auth-invalid', message: error.message, code: error.code, request: 'tenant token' });
      }
      const message = error instanceof Error ? error.message : 'Getting an app token failed.';
      throw new ApiError({ kind: isAuthError(error) && error.kind === 'network' ? 'network' : 'server', message, request: 'tenant token' });
    }
    const next = { token: fresh.token, expiresAt: options.now() + fresh.expiresInSec * 1000 };
    await options.cache?.save(next).catch(() => undefined); // a cache, not a must
    cached = next;
    return next.token;
  }

  function fetchOnce(): Promise<string> {
    inFlight ??= fetchFresh().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  async function ensureLoaded(): Promise<void> {
    if (loaded) return;
    loaded = true;
    cached ??= (await options.cache?.load().catch(() => null)) ?? null;
  }

  return {
    async getAccessToken() {
      await ensureLoaded();
      if (inFlight) return inFlight;
      if (cached && options.now() < cached.expiresAt - marginMs) return cached.token;
      return fetchOnce();
    },
    async renewAfterRejection(rejected) {
      await ensureLoaded();
      if (inFlight) return inFlight;
      if (cached && cached.token !== rejected && options.now() < cached.expiresAt) return cached.token;
      return fetchOnce();
    },
  };
}
