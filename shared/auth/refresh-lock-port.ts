import type { OAuthTokens } from './oauth-client';

// Refresh tokens are single use, and the app and every CLI run share one keychain entry per
// account: two processes refreshing at once spend the same token and one of them is told
// "already used". The lock makes the refresh single-flight across processes; the adapter is a
// lock file in the state dir (electron/state/refresh-lock-file.ts), tests use a fake.

export interface RefreshLockPort {
  /**
   * Run `work` while this process alone holds the account's refresh lock; release it when
   * `work` settles, whatever the outcome. Waits while another live process holds it.
   */
  hold<T>(work: () => Promise<T>): Promise<T>;
}

/**
 * The refresh_token grant itself: Feishu's v2 token endpoint by default; an organisation's token
 * broker can stand in for it without touching the lock and re-read rules.
 */
export type RefreshGrant = (refreshToken: string) => Promise<OAuthTokens>;

/** No other process to coordinate with (unit tests, the in-memory keychain). */
export const NO_REFRESH_LOCK: RefreshLockPort = { hold: (work) => work() };
