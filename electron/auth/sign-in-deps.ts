import type { AccountStorePort } from '../../shared/auth/account-store-port';
import type { RandomBytesPort, Sha256Port } from '../../shared/auth/pkce';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { FetchPort } from '../../shared/feishu/fetch-port';

// What signing in needs from the outside world; main, the CLI and tests each pass their own.
export interface SignInDeps {
  fetch: FetchPort;
  secrets: SecretStorePort;
  accounts: AccountStorePort;
  now(): number;
  /** Opens the authorize URL in the system browser (shell.openExternal, xdg-open). Best effort. */
  openExternal(url: string): Promise<void> | void;
  /** Told the authorize URL before the browser opens, e.g. so the CLI can print it. */
  onAuthorizeUrl?(url: string): void;
  randomBytes?: RandomBytesPort;
  sha256?: Sha256Port;
  /** How long to wait for the browser (default 5 minutes). */
  timeoutMs?: number;
  /** Cancels a sign-in waiting for the browser (auth:cancel-sign-in). */
  signal?: AbortSignal;
}
