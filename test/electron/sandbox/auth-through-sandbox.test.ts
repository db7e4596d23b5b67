import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { postJson, queryTasks } from './sandbox-query';

// The auth helper's sign-in endpoints, served by the real sandbox server: sign in, query tasks
// with the new user token, let it expire, refresh, query again.

const verifier = 'x'.repeat(43);
const redirectUri = 'http://127.0.0.1:47999/callback';

describe('sign-in endpoints through startSandbox', () => {
  let sandbox: Sandbox;
  const clock = { t: 1_700_000_000_000 };
  beforeAll(async () => (sandbox = await startSandbox({ now: () => clock.t })));
  afterAll(() => sandbox.close());

  it('signs in with PKCE, reads tasks with the user token, refreshes after expiry', async () => {
    const authorize = new URL(`${sandbox.url}/open-apis/authen/v1/authorize`);
    authorize.search = new URLSearchParams({
      client_id: SANDBOX_APP_ID, response_type: 'code', redirect_uri: redirectUri, state: 's1',
      scope: 'approval:approval:readonly offline_access', code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
    }).toString();
    const consent = await fetch(authorize, { redirect: 'manual' });
    expect(consent.status).toBe(302);
    const code = new URL(consent.headers.get('location')!).searchParams.get('code')!;

    const tokenUrl = `${sandbox.url}/open-apis/authen/v2/oauth/token`;
    const granted = await postJson(tokenUrl, { grant_type: 'authorization_code', client_id: SANDBOX_APP_ID, client_secret: SANDBOX_APP_SECRET, code, redirect_uri: redirectUri, code_verifier: verifier });
    expect(granted.body).toMatchObject({ code: 0, expires_in: 7200 });
    const access = granted.body.access_token as string;

    const me = await fetch(`${sandbox.url}/open-apis/authen/v1/user_info`, { headers: { Authorization: `Bearer ${access}` } });
    expect(((await me.json()) as { data: { open_id: string } }).data.open_id).toBe(sandbox.demoUserId);
    expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' }, access)).body.code).toBe(0);

    clock.t += 7200_000;
    expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' }, access)).body.code).toBe(99991677);
    const refreshed = await postJson(tokenUrl, { grant_type: 'refresh_token', client_id: SANDBOX_APP_ID, client_secret: SANDBOX_APP_SECRET, refresh_token: granted.body.refresh_token });
    expect(refreshed.body.code).toBe(0);
    expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' }, refreshed.body.access_token as string)).body.code).toBe(0);

    const log = JSON.stringify(sandbox.requests);
    for (const secret of [access, refreshed.body.access_token as string, SANDBOX_APP_SECRET, verifier]) expect(log).not.toContain(secret);
  });

  it('issues a tenant token that can query the demo user', async () => {
    const tenant = await postJson(`${sandbox.url}/open-apis/auth/v3/tenant_access_token/internal`, { app_id: SANDBOX_APP_ID, app_secret: SANDBOX_APP_SECRET });
    expect(tenant.body.code).toBe(0);
    const page = await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '2' }, tenant.body.tenant_access_token as string);
    expect(page.body.data!.tasks.length).toBeGreaterThan(0);
  });
});
