import type { TokenSource } from '../../shared/auth/token-source';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import type { Account } from '../../shared/settings/settings';
import { ApiError } from '../../shared/feishu/api-error';
import { AuthError, isAuthError } from '../../shared/auth/auth-error';
import { brokerTokenExchange } from '../../shared/auth/broker-token-exchange';
import { parseGrantedScopes } from '../../shared/auth/granted-scopes';
import { createOAuthClient } from '../../shared/auth/oauth-client';
import { createRefreshingTokenSource } from '../../shared/auth/refreshing-token-source';
import { createTenantTokenSource } from '../../shared/auth/tenant-token-source';
import type { CachedTenantToken } from '../../shared/auth/tenant-token-source';
import type { RefreshGrant, RefreshLockPort } from '../../shared/auth/refresh-lock-port';
import type { UserTokenState } from '../../shared/auth/user-token-state';

// The TokenSource for the signed-in account, whatever its mode: what main and the CLI hand the
// tasks client. Secrets come from the keychain on first use; account changes (new expiry times,
// "sign in again") go out through onAccountChange for the caller to save.

export interface AccountTokenSourceDeps {
  account: Account;
  secrets: SecretStorePort;
  fetch: FetchPort;
  now: () => number;
  /** Awaited when it returns a promise: a refresh holds its lock until the new times are saved. */
  onAccountChange: (account: Account) => unknown;
  /**
   * The cross-process refresh lock for this account (electron/state/refresh-lock-file.ts).
   * Without it refreshes are single-flight within this process only.
   */
  refreshLock?: RefreshLockPort;
  /** The account as saved now (the CLI's account.json), for the times another process saved. */
  reloadAccount?: () => Account | null | Promise<Account | null>;
  /** The refresh_token grant; default Feishu's token endpoint with the keychain's App Secret. */
  refreshGrant?: RefreshGrant;
  /** Renew this long before expiry (default 5 min). */
  marginMs?: number;
  /** The keychain refused renewed tokens (the session continues in memory). */
  onWarning?: (message: string) => void;
}

export function createAccountTokenSource(deps: AccountTokenSourceDeps): TokenSource {
  let account = deps.account;
  const change = async (patch: Partial<Account>) => {
    account = { ...account, ...patch };
    await deps.onAccountChange(account);
  };
  const needsSignIn = (message: string) => {
    if (account.needsSignIn) return;
    void change({ needsSignIn: true }).catch(() => undefined);
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

type AccountChange = (patch: Partial<Account>) => Promise<void>;

function oauthSource(deps: AccountTokenSourceDeps, current: () => Account, change: AccountChange, needsSignIn: (message: string) => void): TokenSource {
  const id = deps.account.id;
  const saved = async (account: Account): Promise<UserTokenState> => {
    // The times saved beside the tokens (by whichever process rotated them) beat this account
    // record's, which only this process updates.
    const times = parseTokenTimes(await secret(deps, 'token-times')) ?? { accessExpiresAt: account.accessTokenExpiresAt ?? null, refreshExpiresAt: account.refreshTokenExpiresAt ?? null };
    return { accessToken: await secret(deps, 'access-token'), refreshToken: await secret(deps, 'refresh-token'), ...times };
  };
  return createRefreshingTokenSource({
    load: () => saved(current()),
    // Straight from the keychain (and the account file), for what another process rotated.
    reload: async () => {
      const fresh = (await deps.reloadAccount?.()) ?? null;
      return saved(fresh?.id === id ? fresh : current());
    },
    refresh: deps.refreshGrant ?? feishuRefreshGrant(deps),
    persist: async (next) => {
      // The rotated refresh token first: the old one is already spent on the server.
      if (next.refreshToken) await deps.secrets.set(id, 'refresh-token', next.refreshToken);
      if (next.accessToken) await deps.secrets.set(id, 'access-token', next.accessToken);
      await deps.secrets.set(id, 'token-times', JSON.stringify({ accessExpiresAt: next.accessExpiresAt, refreshExpiresAt: next.refreshExpiresAt }));
      // A refresh names its grant's scopes too: an administrator's change shows up in the features.
      const grantedScopes = parseGrantedScopes(next.scope);
      await change({ accessTokenExpiresAt: next.accessExpiresAt ?? undefined, refreshTokenExpiresAt: next.refreshExpiresAt ?? undefined, ...(grantedScopes ? { grantedScopes } : {}) }).catch(() => undefined);
    },
    onNeedsSignIn: needsSignIn,
    onPersistFailed: (message) => deps.onWarning?.(message),
    now: deps.now,
    marginMs: deps.marginMs,
    lock: deps.refreshLock,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
}

/**
 * The refresh grant: through the organisation's broker when the account signs in through one
 * (it adds the secret this machine never holds), else Feishu's v2 token endpoint with the App
 * Secret from the keychain. Either way it runs under the same lock and re-read rules.
 */
function feishuRefreshGrant(deps: AccountTokenSourceDeps): RefreshGrant {
  return async (refreshToken) => {
    const { brokerUrl } = deps.account;
    if (brokerUrl) {
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
  };
}

function tenantSource(deps: AccountTokenSourceDeps, needsSignIn: (message: string) => void, change: AccountChange): TokenSource {
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
        await change({ accessTokenExpiresAt: token.expiresAt });
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

function parseTokenTimes(text: string | null): Pick<UserTokenState, 'accessExpiresAt' | 'refreshExpiresAt'> | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    return { accessExpiresAt: time(value.accessExpiresAt), refreshExpiresAt: time(value.refreshExpiresAt) };
  } catch {
    return null;
  }
}
