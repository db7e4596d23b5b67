import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET, SANDBOX_DENYING_APP_ID } from '../../../../electron/sandbox/auth/demo-app';
import { setAuthSettings, startAuthRoutesHost } from './auth-routes-host';

const verifier = 'v'.repeat(43);
const challenge = createHash('sha256').update(verifier).digest('base64url');
const redirectUri = 'http://127.0.0.1:47321/callback';

describe('sandbox sign-in endpoints', () => {
  let host: Awaited<ReturnType<typeof startAuthRoutesHost>>;
  beforeAll(async () => (host = await startAuthRoutesHost()));
  afterAll(() => host.close());

  const authorize = (params: Record<string, string>) =>
    fetch(`${host.url}/open-apis/authen/v1/authorize?${new URLSearchParams({
      client_id: SANDBOX_APP_ID, response_type: 'code', redirect_uri: redirectUri, scope: 'approval:approval:readonly offline_access',
      state: 'st', code_challenge: challenge, code_challenge_method: 'S256', ...params,
    })}`, { redirect: 'manual' });
  const token = async (body: Record<string, string>) => {
    const res = await fetch(`${host.url}/open-apis/authen/v2/oauth/token`, { method: 'POST', body: JSON.stringify({ client_id: SANDBOX_APP_ID, client_secret: SANDBOX_APP_SECRET, ...body }) });
    return (await res.json()) as Record<string, unknown>;
  };
  const codeFrom = async (res: Response) => new URL(res.headers.get('location')!).searchParams.get('code')!;

  it('redirects back with a code and the same state, or with access_denied', async () => {
    const ok = await authorize({});
    expect(ok.status).toBe(302);
    const back = new URL(ok.headers.get('location')!);
    expect(back.origin + back.pathname).toBe(redirectUri);
    expect(back.searchParams.get('state')).toBe('st');
    expect(back.searchParams.get('code')).toBeTruthy();
    const denied = new URL((await authorize({ client_id: SANDBOX_DENYING_APP_ID })).headers.get('location')!);
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('code')).toBeNull();
  });

  it('refuses an authorize request without PKCE S256, a state, or a loopback redirect', async () => {
    expect((await authorize({ code_challenge_method: 'plain' })).status).toBe(400);
    expect((await authorize({ state: '' })).status).toBe(400);
    expect((await authorize({ redirect_uri: 'https://evil.example/callback' })).status).toBe(400);
    expect((await authorize({ client_id: 'cli_unknown' })).status).toBe(400);
  });

  it('exchanges a code once, only with the right verifier, redirect URI and secret', async () => {
    const code = await codeFrom(await authorize({}));
    expect((await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier, client_secret: 'wrong' })).code).toBe(20002);
    const code2 = await codeFrom(await authorize({}));
    expect((await token({ grant_type: 'authorization_code', code: code2, redirect_uri: redirectUri, code_verifier: 'w'.repeat(43) })).code).toBe(20049);
    const code3 = await codeFrom(await authorize({}));
    const ok = await token({ grant_type: 'authorization_code', code: code3, redirect_uri: redirectUri, code_verifier: verifier });
    expect(ok).toMatchObject({ code: 0, expires_in: 7200, refresh_token_expires_in: 604800 });
    expect(host.tokens.check(ok.access_token as string)).toMatchObject({ ok: true, kind: 'user' });
    expect((await token({ grant_type: 'authorization_code', code: code3, redirect_uri: redirectUri, code_verifier: verifier })).code).toBe(20065);
  });

  it('rotates refresh tokens: each is single use, and the documented errors come back', async () => {
    await setAuthSettings(host.url, { accessTtlSec: 30, refreshTtlSec: 90 });
    const code = await codeFrom(await authorize({}));
    const first = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(first).toMatchObject({ expires_in: 30, refresh_token_expires_in: 90 });
    const second = await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token as string });
    expect(second.code).toBe(0);
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await token({ grant_type: 'refresh_token', refresh_token: first.refresh_token as string })).code).toBe(20073);
    expect((await token({ grant_type: 'refresh_token', refresh_token: 'ur-made-up' })).code).toBe(20026);
    await setAuthSettings(host.url, { refreshFailure: { code: 20050, times: 1 } });
    expect((await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token as string })).code).toBe(20050);
    await setAuthSettings(host.url, { revokeRefreshTokens: true });
    expect((await token({ grant_type: 'refresh_token', refresh_token: second.refresh_token as string })).code).toBe(20064);
    await setAuthSettings(host.url, { accessTtlSec: 7200, refreshTtlSec: 604800 });
  });

  it('answers user_info for a user token and a tenant token for the demo app', async () => {
    const code = await codeFrom(await authorize({}));
    const { access_token } = await token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
    const me = (await (await fetch(`${host.url}/open-apis/authen/v1/user_info`, { headers: { Authorization: `Bearer ${access_token}` } })).json()) as { data: { open_id: string } };
    expect(me.data.open_id).toBe('ou_sandbox_demo_user');
    host.tokens.expire(access_token as string);
    const expired = (await (await fetch(`${host.url}/open-apis/authen/v1/user_info`, { headers: { Authorization: `Bearer ${access_token}` } })).json()) as { code: number };
    expect(expired.code).toBe(99991677);
    const tenant = async (secret: string) =>
      (await (await fetch(`${host.url}/open-apis/auth/v3/tenant_access_token/internal`, { method: 'POST', body: JSON.stringify({ app_id: SANDBOX_APP_ID, app_secret: secret }) })).json()) as Record<string, unknown>;
    expect(await tenant(SANDBOX_APP_SECRET)).toMatchObject({ code: 0, expire: 7200 });
    expect((await tenant('nope')).code).toBe(10014);
  });
});
