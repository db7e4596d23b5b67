import { describe, expect, it } from 'vitest';
import { brokerHost, brokerTokenExchange } from '../../../shared/auth/broker-token-exchange';
import { isAuthError } from '../../../shared/auth/auth-error';
import { createOAuthClient } from '../../../shared/auth/oauth-client';
import type { FetchInit } from '../../../shared/feishu/fetch-port';

// The OAuth client with the broker as its token exchange: what goes out, and how answers read.
function recordingFetch(status: number, body: object) {
  const sent: { url: string; init: FetchInit }[] = [];
  const fetch = async (url: string, init: FetchInit) => {
    sent.push({ url, init });
    return { status, headers: { get: () => null }, text: async () => JSON.stringify(body) };
  };
  return { sent, fetch };
}

describe('token exchange through a broker', () => {
  it('posts only the grant to {broker}/oauth/token, never a client secret, and refuses redirects', async () => {
    const { sent, fetch } = recordingFetch(200, { code: 0, access_token: 'u-new', expires_in: 7200, refresh_token: 'ur-new', refresh_token_expires_in: 604800 });
    const client = createOAuthClient({ openBase: 'https://open.feishu.cn', fetch, appId: 'cli_x', appSecret: '', tokenExchange: brokerTokenExchange({ brokerUrl: 'https://broker.example.com/', fetch }) });
    expect(await client.refresh('ur-old')).toMatchObject({ accessToken: 'u-new', refreshToken: 'ur-new', refreshExpiresInSec: 604800 });
    await client.exchangeCode({ code: 'c', redirectUri: 'http://127.0.0.1:47321/callback', codeVerifier: 'v' });
    expect(sent.map((s) => s.url)).toEqual(['https://broker.example.com/oauth/token', 'https://broker.example.com/oauth/token']);
    expect(sent.map((s) => JSON.parse(s.init.body!))).toEqual([
      { grant_type: 'refresh_token', refresh_token: 'ur-old' },
      { grant_type: 'authorization_code', code: 'c', redirect_uri: 'http://127.0.0.1:47321/callback', code_verifier: 'v' },
    ]);
    expect(sent.every((s) => s.init.redirect === 'manual')).toBe(true); // a redirect is never followed (redirects.ts)
  });

  it('reads Feishu\'s refusals passed through unchanged, and the broker\'s own refusals', async () => {
    const dead = recordingFetch(400, { code: 20073, error: 'invalid_grant', error_description: 'used' });
    const viaDead = createOAuthClient({ openBase: 'https://open.feishu.cn', fetch: dead.fetch, appId: 'cli_x', appSecret: '', tokenExchange: brokerTokenExchange({ brokerUrl: 'https://b.example.com', fetch: dead.fetch }) });
    const error = await viaDead.refresh('ur').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('needs-sign-in');
    const limited = recordingFetch(429, { error: 'rate_limited' });
    const viaLimited = createOAuthClient({ openBase: 'https://open.feishu.cn', fetch: limited.fetch, appId: 'cli_x', appSecret: '', tokenExchange: brokerTokenExchange({ brokerUrl: 'https://b.example.com', fetch: limited.fetch }) });
    const busy = await viaLimited.refresh('ur').catch((e: unknown) => e);
    expect(isAuthError(busy) && [busy.kind, busy.message]).toEqual(['retry-later', 'Renewing the sign-in: the server answered HTTP 429 (rate_limited).']);
  });

  it('refuses a broker URL that would send tokens in clear text', () => {
    const fetch = recordingFetch(200, {}).fetch;
    expect(() => brokerTokenExchange({ brokerUrl: 'http://broker.example.com', fetch })).toThrow('The broker URL must use https (plain http is allowed only for 127.0.0.1/localhost).');
    expect(brokerTokenExchange({ brokerUrl: 'http://127.0.0.1:8787', fetch }).endpoint).toBe('http://127.0.0.1:8787');
    expect(brokerHost('https://broker.example.com:8443/tray')).toBe('broker.example.com:8443');
  });
});
