import type { TokenSource } from '../../shared/auth/token-source';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import type { Account } from '../../shared/settings/settings';
import { ApiError } from '../../shared/feishu/api-error';
import { AuthError, isAuthError } from '../../shared/auth/auth-error';
import { brokerTokenExchange } from '../../shared/auth/broker-token-exchange';
import { createOAuthClient } from '../../shared/auth/oauth-client';
import { createRefreshingTokenSource } from '../../shared/auth/refreshing-token-source';
import { createTenantTokenSource } from '../../shared/auth/tenant-token-source';
import type { CachedTenantToken } from '../../shared/auth/tenant-token-source';

// The TokenSource for the signed-in account, whatever its mode: what main and the CLI hand the
// tasks client. Secrets come from the keychain on first use; account changes (new expiry times,
// "sign in again") go out through onAccountChange for the caller to save.

export interface AccountTokenSourceDeps {
  account: Account;
  secrets: SecretStorePort;
  fetch: FetchPort;
  now: () => number;
  onAccountChange: (account: Account) => void;
  /** Renew this long before expiry (default 5 min). */
  marginMs?: number;
  /** The keychain refused renewed tokens (the session continues in memory). */
  onWarning?: (message: string) => void;
}

export function createAccountTokenSource(deps: AccountTokenSourceDeps): TokenSource {
  let account = deps.account;
  const change = (patch: Partial<Account>) => {
    account = { ...account, ...patch };
    deps.onAccountChange(account);
  };
  const needsSignIn = (message: string) => {
    if (account.needsSignIn) return;
    change({ needsSignIn: true });
    deps.onWarning?.(message);
  };

  if (account.needsSignIn) return signedOutSource('This account needs you to sign in again.');
  if (account.mode === 'oauth') return oauthSource(deps, () => account, change, needsSignIn);
  if (account.mode === 'tenant') return tenantSource(deps, needsSignIn, change);
  return pastedTokenSource(deps, needsSignIn);
}

async function secret(deps: AccountTokenSourceDeps, kind: Parameters<SecretStorePort['get']>[1]): Promise<string | null> {
  try {
    return await deps.secrets.get(deps.account.id, kind);
  } catch (error) {
    // The keychain is locked or gone: not the account's fault, so no "sign in again" mark.
    throw new ApiError({ kind: 'auth-invalid', message: isAuthError(error) ? error.message : 'The keychain could not be read.', request: 'keychain' });
  }
}

function oauthSource(
  deps: AccountTokenSourceDeps,
  current: () => Account,
  change: (patch: Partial<Account>) => void,
  needsSignIn: (message: string) => void,
): TokenSource {
  const id = deps.account.id;
  return createRefreshingTokenSource({
    load: async () => ({
      accessToken: await secret(deps, 'access-token'),
      accessExpiresAt: current().accessTokenExpiresAt ?? null,
      refreshToken: await secret(deps, 'refresh-token'),
      refreshExpiresAt: current().refreshTokenExpiresAt ?? null,
    }),
    refresh: async (refreshToken) => {
      const { brokerUrl } = deps.account;
      if (brokerUrl) {
        // Through the organisation's broker, which adds the secret this machine never holds.
        const tokenExchange = brokerTokenExchange({ brokerUrl, fetch: deps.fetch });
        const client = createOAuthClient({ openBase: deps.account.baseUrl, fetch: deps.fetch, appId: deps.account.appId ?? '', appSecret: '', tokenExchange });
        return client.refresh(refreshToken).catch((error: unknown) => {
          // A refused App Secret is the broker's setup (say, mid-rotation), not this user's sign-in: keep it, retry later.
          if (isAuthError(error) && error.kind === 'bad-credentials') {
            throw new AuthError('retry-later', `The organisation's token broker was refused by Feishu (${error.code ?? 'invalid client'}); will retry later. Tell your administrator if this lasts.`, error.code);
          }
          throw error;
        });
      }
      const appSecret = await secret(deps, 'app-secret');
      if (!appSecret) throw new AuthError('needs-sign-in', 'The App Secret is missing from the keychain. Sign in again.');
      return createOAuthClient({ openBase: deps.account.baseUrl, fetch: deps.fetch, appId: deps.account.appId ?? '', appSecret }).refresh(refreshToken);
    },
    persist: async (next) => {
      // The rotated refresh token first: the old one is already spent on the server.
      if (next.refreshToken) await deps.secrets.set(id, 'refresh-token', next.refreshToken);
      if (next.accessToken) await deps.secrets.set(id, 'access-token', next.accessToken);
      change({ accessTokenExpiresAt: next.accessExpiresAt ?? undefined, refreshTokenExpiresAt: next.refreshExpiresAt ?? undefined });
    },
    onNeedsSignIn: needsSignIn,
    onPersistFailed: (message) => deps.onWarning?.(message),
    now: deps.now,
    marginMs: deps.marginMs,
  });
}

function tenantSource(deps: AccountTokenSourceDeps, needsSignIn: (message: string) => void, change: (patch: Partial<Account>) => void): TokenSource {
  const id = deps.account.id;
  return createTenantTokenSource({
    fetchToken: async () => {
      const appSecret = await secret(deps, 'app-secret');
      if (!appSecret) throw new AuthError('needs-sign-in', 'The App Secret is missing from the keychain. Sign in again.');
      return createOAuthClient({ openBase: deps.account.baseUrl, fetch: deps.fetch, appId: deps.account.appId ?? '', appSecret }).tenantToken();
    },
    cache: {
      load: async () => parseCached(await deps.secrets.get(id, 'tenant-token')),
      save: async (token) => {
        await deps.secrets.set(id, 'tenant-token', JSON.stringify(token));
        change({ accessTokenExpiresAt: token.expiresAt });
      },
    },
    onNeedsSignIn: needsSignIn,
    now: deps.now,
    marginMs: deps.marginMs,
  });
}

/** A pasted token cannot be renewed: when the API rejects it, the account needs a new one. */
function pastedTokenSource(deps: AccountTokenSourceDeps, needsSignIn: (message: string) => void): TokenSource {
  let dead = false;
  const message = 'The pasted access token has expired or was refused. Paste a new one or sign in with Feishu/Lark.';
  return {
    async getAccessToken() {
      const token = dead ? null : await secret(deps, 'access-token');
      if (token) return token;
      needsSignIn(message);
      throw new ApiError({ kind: 'auth-invalid', message, request: 'keychain' });
    },
    async renewAfterRejection() {
      dead = true;
      needsSignIn(message);
      return null;
    },
  };
}

function signedOutSource(message: string): TokenSource {
  return {
    getAccessToken: async () => Promise.reject(new ApiError({ kind: 'auth-invalid', message, request: 'sign-in' })),
    renewAfterRejection: async () => null,
  };
}

function parseCached(text: string | null): CachedTenantToken | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<CachedTenantToken>;
    return typeof value.token === 'string' && typeof value.expiresAt === 'number' ? { token: value.token, expiresAt: value.expiresAt } : null;
  } catch {
    return null;
  }
}
