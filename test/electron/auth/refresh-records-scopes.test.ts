import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountTokenSource } from '../../../electron/auth/account-token-source';
import { signIn } from '../../../electron/auth/sign-in';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import type { Account } from '../../../shared/settings/settings';
import { approveInBrowser, startAuthRoutesHost } from '../sandbox/auth/auth-routes-host';

// Every grant records the scopes it names: the code grant at sign-in, and each refresh (so an
// account from before scopes were recorded, or one whose grant changed, is brought up to date).

describe('granted scopes on sign-in and refresh', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());

  it('records the grant\'s scopes at sign-in and again when the token is renewed', async () => {
    let saved: Account | null = null;
    const secrets = createMemorySecretStore();
    const outcome = await signIn(
      { mode: 'oauth', region: 'custom', baseUrl: host.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: 0 },
      { fetch: (u, i) => fetch(u, i), secrets, accounts: { get: () => saved, set: (a) => void (saved = a) }, now: () => Date.now(), openExternal: async (url) => void (await approveInBrowser(url)) },
      { extraScopes: ['approval:task:read'] },
    );
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.value.grantedScopes).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read']);
    // The sandbox issued the token without the scopes it was not asked for.
    const token = (await secrets.get(outcome.value.id, 'access-token'))!;
    expect(host.tokens.notGranted.get(token)).toEqual(['approval:instance:read', 'approval:task:write']);

    // As an account saved before grants were recorded: the first refresh fills the list in.
    const changes: Account[] = [];
    const source = createAccountTokenSource({ account: { ...outcome.value, grantedScopes: undefined }, secrets, fetch: (u, i) => fetch(u, i), now: () => Date.now(), onAccountChange: (a) => changes.push(a) });
    host.tokens.expire(token);
    const renewed = await source.renewAfterRejection!(token, 'auth-expired');
    expect(renewed).not.toBe(token);
    expect(changes.at(-1)?.grantedScopes).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read']);
  });
});
