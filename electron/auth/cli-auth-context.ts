import { homedir } from 'node:os';
import { join } from 'node:path';
import type { AccountStorePort } from '../../shared/auth/account-store-port';
import type { ManagedState } from '../../shared/managed/managed-config';
import type { RefreshLockPort } from '../../shared/auth/refresh-lock-port';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { TokenSource } from '../../shared/auth/token-source';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import type { Account } from '../../shared/settings/settings';
import { createKeytarSecretStore } from '../keychain/keytar-secret-store';
import { createRefreshLockFile, refreshLockPath } from '../state/refresh-lock-file';
import { createAccountFileStore } from './account-file-store';
import { createAccountTokenSource } from './account-token-source';
import { openWithSystem } from './system-opener';

// What the CLI's auth commands use, with real defaults; tests pass their own pieces.

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  /** All of stdin (a piped secret or token). */
  readStdin(): Promise<string>;
  stdinIsTty: boolean;
}

export interface CliAuthContext {
  io: CliIo;
  secrets: SecretStorePort;
  accounts: AccountStorePort;
  fetch: FetchPort;
  now(): number;
  openUrl(url: string): Promise<void>;
  /** API calls this month, when the CLI's call counter knows it. */
  callsThisMonth?(): Promise<number | null>;
  /** The account's cross-process refresh lock (a lock file in the state dir). */
  refreshLock?(accountId: string): RefreshLockPort;
  /** The administrator's managed configuration (managed.json), read when a command needs it. */
  managedConfig?(): Promise<ManagedState>;
}

export function defaultCliStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.APPROVAL_TRAY_STATE_DIR ?? join(env.XDG_STATE_HOME ?? join(homedir(), '.local', 'state'), 'approval-tray');
}

export function createCliAuthContext(io: CliIo, overrides: Partial<CliAuthContext> & { stateDir?: string } = {}): CliAuthContext {
  const stateDir = overrides.stateDir ?? defaultCliStateDir();
  return {
    io,
    secrets: overrides.secrets ?? createKeytarSecretStore(),
    accounts: overrides.accounts ?? createAccountFileStore(stateDir),
    fetch: overrides.fetch ?? ((url, init) => fetch(url, init)),
    now: overrides.now ?? Date.now,
    openUrl: overrides.openUrl ?? ((url) => openWithSystem(url)),
    callsThisMonth: overrides.callsThisMonth,
    // The tray app locks in the default state dir too (electron/app/app-controller.ts).
    refreshLock: overrides.refreshLock ?? ((accountId) => createRefreshLockFile({ path: refreshLockPath(stateDir, accountId), onUnavailable: (message) => io.stderr(message) })),
  };
}

/**
 * For the CLI's token lookup: when no token comes by flag or environment, the keychain's
 * account. Null when nobody is signed in. Account changes (renewed expiry, "sign in again") are
 * saved back to the state file; refreshes take the account's lock, so parallel runs (and the tray
 * app) spend its single-use refresh token once.
 */
export async function accountTokenSourceForCli(context: Pick<CliAuthContext, 'secrets' | 'accounts' | 'fetch' | 'now' | 'refreshLock'>): Promise<{ account: Account; tokens: TokenSource } | null> {
  const account = await context.accounts.get();
  if (!account) return null;
  const tokens = createAccountTokenSource({
    account,
    secrets: context.secrets,
    fetch: context.fetch,
    now: context.now,
    onAccountChange: (next) => Promise.resolve(context.accounts.set(next)).catch(() => undefined),
    refreshLock: context.refreshLock?.(account.id),
    reloadAccount: () => context.accounts.get(),
  });
  return { account, tokens };
}
