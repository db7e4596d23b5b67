import type { AppSession } from '../../shared/app/app-core';
import { createApprovalClient } from '../../shared/approval/approval-client';
import type { ApprovalClient } from '../../shared/approval/approval-client';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import { staticTokenSource } from '../../shared/auth/token-source';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import { createTasksClient } from '../../shared/feishu/tasks-client';
import type { TasksClient } from '../../shared/feishu/tasks-client';
import type { Account } from '../../shared/settings/settings';
import { createAccountTokenSource } from '../auth/account-token-source';
import { createRefreshLockFile, refreshLockPath } from '../state/refresh-lock-file';
import { startSandbox } from '../sandbox/server';

// Where tasks come from for this run: the signed-in account (tokens from the keychain, renewed
// as needed), or — with no account — the demo: the bundled sandbox on a free loopback port.

/** In the demo a new approval arrives this often, so notifications can be seen working. */
export const DEMO_ARRIVAL_MS = 3 * 60_000;

export interface LiveSession {
  session: AppSession;
  close(): Promise<void>;
  /** The demo's sandbox (for the log and tests); undefined for an account. */
  sandboxUrl?: string;
}

export interface LiveSessionDeps {
  account: Account | null;
  secrets: SecretStorePort;
  keychain: { available: boolean; message?: string };
  fetch: FetchPort;
  now(): number;
  /** New expiry times, or "sign in again": the caller saves them in settings. */
  onAccountChange(account: Account): void;
  onWarning(message: string): void;
  /**
   * Where the cross-process refresh locks live: the CLI's default state dir, so the app and a
   * `count` in a status bar never spend the shared refresh token twice. None: this process only.
   */
  refreshLockDir?: string;
}

export async function createLiveSession(deps: LiveSessionDeps): Promise<LiveSession> {
  if (deps.account === null) {
    // No /__sandbox knobs in the app: any web page could reach them on loopback.
    const sandbox = await startSandbox({ arrivalEveryMs: DEMO_ARRIVAL_MS, now: deps.now, controlRoutes: false });
    const client = createTasksClient({ baseUrl: sandbox.url, fetch: deps.fetch, tokens: staticTokenSource(sandbox.demoToken) });
    return {
      session: sessionOf(true, null, deps.keychain, client, sandbox.demoUserId, createApprovalClient({ baseUrl: sandbox.url, fetch: deps.fetch, tokens: staticTokenSource(sandbox.demoToken) })),
      close: () => sandbox.close(),
      sandboxUrl: sandbox.url,
    };
  }
  let account = deps.account;
  const tokens = createAccountTokenSource({
    account,
    secrets: deps.secrets,
    fetch: deps.fetch,
    now: deps.now,
    onAccountChange: (next) => {
      account = next;
      deps.onAccountChange(next);
    },
    onWarning: deps.onWarning,
    refreshLock: deps.refreshLockDir === undefined ? undefined : createRefreshLockFile({ path: refreshLockPath(deps.refreshLockDir, account.id), onUnavailable: deps.onWarning }),
  });
  const client = createTasksClient({ baseUrl: account.baseUrl, fetch: deps.fetch, tokens, userIdType: account.userIdType });
  // The approval APIs take a user token only: a tenant sign-in has none to give them.
  const approvals = account.mode === 'tenant' ? undefined : createApprovalClient({ baseUrl: account.baseUrl, fetch: deps.fetch, tokens });
  const session = sessionOf(false, account, deps.keychain, client, account.userId, approvals);
  // The account can change under the session (renewed expiry, "sign in again"): read it live.
  Object.defineProperty(session, 'account', { get: () => account, enumerable: true });
  return { session, close: async () => undefined };
}

function sessionOf(demo: boolean, account: Account | null, keychain: AppSession['keychain'], client: TasksClient, userId: string, approvals?: ApprovalClient): AppSession {
  return {
    demo,
    account,
    keychain,
    fetchTopic: (topic, signal) => client.queryTopic({ userId, topic, signal }),
    ...(approvals ? { approvals } : {}),
  };
}
