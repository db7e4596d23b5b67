import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../../electron/sandbox/server';
import type { Sandbox } from '../../../../electron/sandbox/server';
import { setAuthSettings } from './auth-routes-host';

// The sandbox's OAuth tokens may use only the approval scopes their grant named: asked for on the
// consent page and not withheld by the "tenant". A refreshed token keeps its grant's scopes.

const verifier = 'v'.repeat(43);
const redirectUri = 'http://127.0.0.1:47998/callback';

describe('sandbox OAuth tokens carry only the granted approval scopes', () => {
  let sandbox: Sandbox;
  beforeAll(async () => (sandbox = await startSandbox()));
  afterAll(() => sandbox.close());

  async function grant(scope: string) {
    const authorize = new URL(`${sandbox.url}/open-apis/authen/v1/authorize`);
    authorize.search = new URLSearchParams({
      client_id: SANDBOX_APP_ID, response_type: 'code', redirect_uri: redirectUri, state: 's', scope,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'), code_challenge_method: 'S256',
    }).toString();
    const code = new URL((await fetch(authorize, { redirect: 'manual' })).headers.get('location')!).searchParams.get('code')!;
    return token({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: verifier });
  }
  async function token(grantBody: Record<string, string>) {
    const res = await fetch(`${sandbox.url}/open-apis/authen/v2/oauth/token`, { method: 'POST', body: JSON.stringify({ ...grantBody, client_id: SANDBOX_APP_ID, client_secret: SANDBOX_APP_SECRET }) });
    return (await res.json()) as { access_token: string; refresh_token: string; scope: string };
  }
  const codeFor = async (path: string, access: string) => ((await (await fetch(`${sandbox.url}${path}`, { headers: { Authorization: `Bearer ${access}` } })).json()) as { code: number }).code;
  const list = (access: string) => codeFor('/open-apis/approval/v4/tasks?topic=1', access);
  const detail = (access: string) => codeFor('/open-apis/approval/v4/instances/detail?instance_code=none', access);

  it('the base scopes alone: the approval APIs answer 99991679', async () => {
    const granted = await grant('approval:approval:readonly offline_access');
    expect(granted.scope).toBe('approval:approval:readonly offline_access');
    expect(await list(granted.access_token)).toBe(99991679);
  });

  it('asked-for scopes work, others do not, and a refresh keeps exactly those', async () => {
    const granted = await grant('approval:approval:readonly offline_access approval:task:read');
    expect(await list(granted.access_token)).toBe(0);
    expect(await detail(granted.access_token)).toBe(99991679);
    const refreshed = await token({ grant_type: 'refresh_token', refresh_token: granted.refresh_token });
    expect(refreshed.scope).toBe(granted.scope);
    expect(await list(refreshed.access_token)).toBe(0);
    expect(await detail(refreshed.access_token)).toBe(99991679);
  });

  it('a withheld scope is left out of the grant even when asked for; the knob checks its input', async () => {
    await setAuthSettings(sandbox.url, { withheldScopes: ['approval:task:read'] }, sandbox.controlSecret);
    try {
      const granted = await grant('approval:approval:readonly offline_access approval:task:read approval:instance:read');
      expect(granted.scope).toBe('approval:approval:readonly offline_access approval:instance:read');
      expect(await list(granted.access_token)).toBe(99991679);
      expect(await detail(granted.access_token)).not.toBe(99991679);
    } finally {
      await setAuthSettings(sandbox.url, { withheldScopes: [] }, sandbox.controlSecret);
    }
    await expect(setAuthSettings(sandbox.url, { withheldScopes: 'approval:task:read' }, sandbox.controlSecret)).rejects.toThrow(/withheldScopes must be a list/);
  });
});
