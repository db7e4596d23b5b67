import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { createAccountTokenSource } from '../../../electron/auth/account-token-source';
import { signIn } from '../../../electron/auth/sign-in';
import { createKeytarSecretStore, KEYCHAIN_SERVICE } from '../../../electron/keychain/keytar-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { createOAuthClient } from '../../../shared/auth/oauth-client';
import { isAuthError } from '../../../shared/auth/auth-error';
import type { Account } from '../../../shared/settings/settings';
import type { TopicCode } from '../../../shared/tasks/topic';
import { approveInBrowser, setAuthSettings } from '../../electron/sandbox/auth/auth-routes-host';
import { hasRealSecretService } from '../keychain/real-secret-service';

// Sign in → poll → token expires → exactly one refresh for many parallel requests → poll again,
// against the sandbox, through the real loopback listener and the real keychain.

const available = await hasRealSecretService();
const TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

describe.skipIf(!available)('sign-in end to end (sandbox + loopback + real keychain)', () => {
  let sandbox: Sandbox;
  const secrets = createKeytarSecretStore();
  let account: Account | null = null;
  beforeAll(async () => (sandbox = await startSandbox({ seed: 7 })));
  afterAll(async () => {
    if (account) await secrets.deleteAll(account.id);
    await sandbox.close();
  });

  it('signs in, polls, refreshes once for parallel requests, and keeps the rotated refresh token in the keychain', async () => {
    let saved: Account | null = null;
    const outcome = await signIn(
      { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 },
      {
        fetch: (u, i) => fetch(u, i),
        secrets,
        accounts: { get: () => saved, set: (a) => void (saved = a) },
        now: () => Date.now(),
        // A plain HTTP client plays the browser: consent page → 302 → the app's loopback listener.
        openExternal: async (url) => {
          const { status, page } = await approveInBrowser(url);
          expect(status).toBe(200);
          expect(page).toContain('You can close this tab');
        },
      },
    );
    if (!outcome.ok) throw new Error(outcome.message);
    account = outcome.value;
    expect(account.userId).toBe(sandbox.demoUserId);

    const changes: Account[] = [];
    const tokens = createAccountTokenSource({ account, secrets, fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: (a) => changes.push(a) });
    const client = createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens });
    const poll = (topic: TopicCode) => client.queryTopic({ userId: account!.userId, topic });

    const before = await poll('1');
    expect(before.tasks.length).toBeGreaterThan(0);

    // Force expiry, slow the token endpoint so the requests overlap, fire them all at once.
    const oldAccess = (await secrets.get(account.id, 'access-token'))!;
    const oldRefresh = (await secrets.get(account.id, 'refresh-token'))!;
    sandbox.tokens.expire(oldAccess);
    await setAuthSettings(sandbox.url, { refreshDelayMs: 200 }, sandbox.controlSecret);
    const refreshesBefore = sandbox.requests.filter((r) => r.path === TOKEN_PATH).length;
    const topics: TopicCode[] = ['1', '2', '3', '17', '18', '1', '2', '3'];
    const results = await Promise.all(topics.map(poll));
    await setAuthSettings(sandbox.url, { refreshDelayMs: 0 }, sandbox.controlSecret);

    expect(sandbox.requests.filter((r) => r.path === TOKEN_PATH).length - refreshesBefore).toBe(1);
    expect(results.every((r) => r.calls >= 1)).toBe(true);
    expect((await poll('1')).tasks.map((t) => t.id)).toEqual(before.tasks.map((t) => t.id));

    // The rotated refresh token is in the real keychain (read by another Secret Service client),
    // and the spent one is refused by the server.
    const newRefresh = (await secrets.get(account.id, 'refresh-token'))!;
    expect(newRefresh).not.toBe(oldRefresh);
    const inKeyring = execFileSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', `${account.id}:refresh-token`]).toString();
    expect(inKeyring).toBe(newRefresh);
    const spent = await createOAuthClient({ openBase: sandbox.url, fetch: (u, i) => fetch(u, i), appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET })
      .refresh(oldRefresh)
      .catch((e: unknown) => e);
    expect(isAuthError(spent) && spent.code).toBe(20073);
    expect(changes.at(-1)?.accessTokenExpiresAt).toBeGreaterThan(Date.now());
    expect(changes.some((a) => a.needsSignIn)).toBe(false);
  });
});
