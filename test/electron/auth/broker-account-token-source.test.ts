import { describe, expect, it } from 'vitest';
import { createAccountTokenSource } from '../../../electron/auth/account-token-source';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { isApiError } from '../../../shared/feishu/api-error';
import type { FetchInit } from '../../../shared/feishu/fetch-port';
import { AccountSchema } from '../../../shared/settings/settings';
import type { Account } from '../../../shared/settings/settings';

// An account that signs in through a broker renews through it, never reads an App Secret, and
// does not throw the user's sign-in away when the broker's own secret is refused (mid-rotation).

const NOW = 1_800_000_000_000;
const account = AccountSchema.parse({
  id: 'feishu:cli_org:ou_1',
  region: 'feishu',
  baseUrl: 'https://open.feishu.cn',
  mode: 'oauth',
  appId: 'cli_org',
  userId: 'ou_1',
  brokerUrl: 'https://broker.example.com',
  accessTokenExpiresAt: NOW - 1000,
  refreshTokenExpiresAt: NOW + 86_400_000,
});

async function setUp(answer: { status: number; body: object }) {
  const secrets = createMemorySecretStore();
  await secrets.set(account.id, 'access-token', 'u-old');
  await secrets.set(account.id, 'refresh-token', 'ur-old');
  // A leftover secret must not be used (or sent) for a broker account.
  await secrets.set(account.id, 'app-secret', 'leftover-secret-77');
  const sent: { url: string; init: FetchInit }[] = [];
  const fetch = async (url: string, init: FetchInit) => {
    sent.push({ url, init });
    return { status: answer.status, headers: { get: () => null }, text: async () => JSON.stringify(answer.body) };
  };
  const changes: Account[] = [];
  const source = createAccountTokenSource({ account, secrets, fetch, now: () => NOW, onAccountChange: (a) => changes.push(a) });
  return { secrets, sent, changes, source };
}

describe('account token source through a broker', () => {
  it('renews at the broker with only the refresh token, and saves the rotated one', async () => {
    const s = await setUp({ status: 200, body: { code: 0, access_token: 'u-new', expires_in: 7200, refresh_token: 'ur-new', refresh_token_expires_in: 604800 } });
    expect(await s.source.getAccessToken()).toBe('u-new');
    expect(s.sent).toHaveLength(1);
    expect(s.sent[0]!.url).toBe('https://broker.example.com/oauth/token');
    expect(JSON.parse(s.sent[0]!.init.body!)).toEqual({ grant_type: 'refresh_token', refresh_token: 'ur-old' });
    expect(s.sent[0]!.init.body).not.toContain('leftover-secret-77');
    expect(await s.secrets.get(account.id, 'refresh-token')).toBe('ur-new');
    expect(s.changes.at(-1)).toMatchObject({ accessTokenExpiresAt: NOW + 7_200_000, needsSignIn: false });
  });

  it('keeps the sign-in when Feishu refuses the broker\'s secret, and gives up when the refresh token is dead', async () => {
    const refused = await setUp({ status: 401, body: { code: 20002, error: 'invalid_client', error_description: 'bad secret' } });
    const error = await refused.source.getAccessToken().catch((e: unknown) => e);
    expect(isApiError(error) && [error.kind, error.message]).toEqual(['server', expect.stringMatching(/token broker was refused by Feishu \(20002\); will retry later/)]);
    expect(refused.changes.some((a) => a.needsSignIn)).toBe(false);

    const dead = await setUp({ status: 400, body: { code: 20064, error: 'invalid_grant', error_description: 'revoked' } });
    const gone = await dead.source.getAccessToken().catch((e: unknown) => e);
    expect(isApiError(gone) && gone.kind).toBe('auth-invalid');
    expect(dead.changes.at(-1)?.needsSignIn).toBe(true);
  });
});
