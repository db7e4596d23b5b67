import { describe, expect, it } from 'vitest';
import { createOAuthClient } from '../../../shared/auth/oauth-client';
import { isAuthError } from '../../../shared/auth/auth-error';
import type { FetchInit, FetchPort } from '../../../shared/feishu/fetch-port';

function fakeFetch(status: number, body: unknown) {
  const seen: { url: string; init: FetchInit }[] = [];
  const fetch: FetchPort = async (url, init) => {
    seen.push({ url, init });
    return { status, headers: { get: () => null }, text: async () => (typeof body === 'string' ? body : JSON.stringify(body)) };
  };
  return { fetch, seen };
}

const secret = 'app-secret-value-9f8e';
const client = (fetch: FetchPort) => createOAuthClient({ openBase: 'https://open.feishu.cn/', fetch, appId: 'cli_x', appSecret: secret });

describe('OAuth client', () => {
  it('exchanges a code with a JSON body and reads the returned lifetimes', async () => {
    const { fetch, seen } = fakeFetch(200, { code: 0, access_token: 'u-1', expires_in: 7200, refresh_token: 'ur-1', refresh_token_expires_in: 604800, scope: 's' });
    const tokens = await client(fetch).exchangeCode({ code: 'c0de', redirectUri: 'http://127.0.0.1:47321/callback', codeVerifier: 'v' });
    expect(tokens).toEqual({ accessToken: 'u-1', expiresInSec: 7200, refreshToken: 'ur-1', refreshExpiresInSec: 604800, scope: 's' });
    expect(seen[0]!.url).toBe('https://open.feishu.cn/open-apis/authen/v2/oauth/token');
    expect(seen[0]!.init.method).toBe('POST');
    expect(JSON.parse(seen[0]!.init.body!)).toEqual({
      grant_type: 'authorization_code',
      client_id: 'cli_x',
      client_secret: secret,
      code: 'c0de',
      redirect_uri: 'http://127.0.0.1:47321/callback',
      code_verifier: 'v',
    });
  });

  it('sends the refresh_token grant', async () => {
    const { fetch, seen } = fakeFetch(200, { code: 0, access_token: 'u-2', expires_in: 60, refresh_token: 'ur-2', refresh_token_expires_in: 120 });
    await client(fetch).refresh('ur-1');
    expect(JSON.parse(seen[0]!.init.body!)).toEqual({ grant_type: 'refresh_token', client_id: 'cli_x', client_secret: secret, refresh_token: 'ur-1' });
  });

  it.each([
    [20026, 'needs-sign-in'],
    [20037, 'needs-sign-in'],
    [20064, 'needs-sign-in'],
    [20073, 'needs-sign-in'],
    [20074, 'needs-sign-in'],
    [20050, 'retry-later'],
    [20072, 'retry-later'],
    [20002, 'bad-credentials'],
    [20999, 'rejected'],
  ])('maps refresh error %i to %s, whatever the HTTP status', async (code, kind) => {
    const { fetch } = fakeFetch(400, { code, error: 'invalid_grant', error_description: 'nope' });
    const error = await client(fetch).refresh('ur-1').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe(kind);
    expect(isAuthError(error) && error.code).toBe(code);
    expect(String((error as Error).message)).not.toContain('ur-1');
  });

  it('reports a network failure and a non-JSON answer clearly, without secrets', async () => {
    const down: FetchPort = async () => Promise.reject(new Error('ECONNREFUSED'));
    const offline = await client(down).refresh('ur-1').catch((e: unknown) => e);
    expect(isAuthError(offline) && offline.kind).toBe('network');
    const html = await client(fakeFetch(502, '<html>bad gateway</html>').fetch).refresh('ur-1').catch((e: unknown) => e);
    expect(isAuthError(html) && html.kind).toBe('malformed');
    expect((html as Error).message).toMatch(/HTTP 502/);
  });

  it('learns who the user is from user_info with the bearer token', async () => {
    const { fetch, seen } = fakeFetch(200, { code: 0, data: { open_id: 'ou_1', union_id: 'on_1', name: '张三', avatar_url: 'https://a/b.png' } });
    expect(await client(fetch).userInfo('u-1')).toEqual({ openId: 'ou_1', unionId: 'on_1', userId: undefined, name: '张三', avatarUrl: 'https://a/b.png' });
    expect(seen[0]!.url).toBe('https://open.feishu.cn/open-apis/authen/v1/user_info');
    expect(seen[0]!.init.headers.Authorization).toBe('Bearer u-1');
  });

  it('gets a tenant token and reads its lifetime', async () => {
    const { fetch, seen } = fakeFetch(200, { code: 0, msg: 'ok', tenant_access_token: 't-1', expire: 7000 });
    expect(await client(fetch).tenantToken()).toEqual({ token: 't-1', expiresInSec: 7000 });
    expect(seen[0]!.url).toBe('https://open.feishu.cn/open-apis/auth/v3/tenant_access_token/internal');
    expect(JSON.parse(seen[0]!.init.body!)).toEqual({ app_id: 'cli_x', app_secret: secret });
  });

  it('rejects an answer without an access token as malformed', async () => {
    const error = await client(fakeFetch(200, { code: 0, expires_in: 7200 }).fetch).refresh('r').catch((e: unknown) => e);
    expect(isAuthError(error) && error.kind).toBe('malformed');
  });
});
