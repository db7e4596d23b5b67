import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { codeFromSandbox, startTestBroker } from './broker-harness';

// The broker in front of the sandbox's v2 token endpoint (PKCE checked, refresh tokens rotate).
const TOKEN_PATH = '/open-apis/authen/v2/oauth/token';

describe('token broker against the sandbox', () => {
  let sandbox: Sandbox;
  let broker: Awaited<ReturnType<typeof startTestBroker>>;
  const usedSecrets: string[] = [SANDBOX_APP_SECRET];
  beforeAll(async () => {
    sandbox = await startSandbox();
    broker = await startTestBroker(sandbox.url);
  });
  afterAll(async () => {
    await broker.close();
    await sandbox.close();
  });
  const tokenCalls = () => sandbox.requests.filter((r) => r.path === TOKEN_PATH).length;

  it('exchanges a code with its verifier, then refreshes with the rotated token, adding the pinned secret', async () => {
    const { code, verifier, redirectUri } = await codeFromSandbox(sandbox.url);
    // A client's own client_id/secret are ignored: the broker's pinned ones go upstream.
    const exchanged = await broker.post({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri, client_id: 'cli_other', client_secret: 'guess' });
    expect(exchanged.status).toBe(200);
    expect(exchanged.body).toMatchObject({ code: 0, token_type: 'Bearer', expires_in: 7200, refresh_token_expires_in: 604800, scope: 'offline_access' });
    expect(exchanged.headers.get('cache-control')).toBe('no-store');
    const access = exchanged.body.access_token as string;
    const refresh = exchanged.body.refresh_token as string;
    expect(sandbox.tokens.check(access)).toMatchObject({ ok: true, userId: sandbox.demoUserId });
    usedSecrets.push(code, verifier, access, refresh);

    const renewed = await broker.post({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(renewed.status).toBe(200);
    expect(renewed.body.refresh_token).not.toBe(refresh);
    usedSecrets.push(renewed.body.access_token as string, renewed.body.refresh_token as string);

    // Feishu's refusals come back unchanged: status and body.
    const spent = await broker.post({ grant_type: 'refresh_token', refresh_token: refresh });
    expect(spent).toMatchObject({ status: 400, body: { code: 20073, error: 'invalid_grant' } });
    const reused = await broker.post({ grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: redirectUri });
    expect(reused).toMatchObject({ status: 400, body: { code: 20065 } });
    const wrongVerifier = await codeFromSandbox(sandbox.url);
    const pkce = await broker.post({ grant_type: 'authorization_code', code: wrongVerifier.code, code_verifier: 'x'.repeat(43), redirect_uri: wrongVerifier.redirectUri });
    expect(pkce).toMatchObject({ status: 400, body: { code: 20049 } });
  });

  it('refuses everything else without calling Feishu', async () => {
    const before = tokenCalls();
    const noVerifier = await codeFromSandbox(sandbox.url);
    expect(await broker.post({ grant_type: 'authorization_code', code: noVerifier.code, redirect_uri: noVerifier.redirectUri })).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: expect.stringMatching(/code_verifier is required/) },
    });
    expect((await broker.post({ grant_type: 'authorization_code', code_verifier: 'v'.repeat(43), redirect_uri: 'http://127.0.0.1:1/callback' })).status).toBe(400);
    expect((await broker.post({ grant_type: 'refresh_token' })).body.error).toBe('invalid_request');
    for (const grant_type of ['client_credentials', 'tenant_access_token', 'app_access_token', 'urn:ietf:params:oauth:grant-type:device_code', undefined]) {
      const refused = await broker.post({ grant_type, app_id: 'cli_x', app_secret: 'y' });
      expect({ grant_type, ...refused }).toMatchObject({ status: 400, body: { error: 'unsupported_grant_type' } });
    }
    expect(await broker.post('grant_type=refresh_token&refresh_token=x')).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    expect(await broker.post('[1,2]')).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const big = await broker.post({ grant_type: 'refresh_token', refresh_token: 'r'.repeat(17 * 1024) });
    expect(big).toMatchObject({ status: 413, body: { error: 'request_too_large' } });
    expect((await broker.post({}, '/open-apis/authen/v2/oauth/token')).status).toBe(404);
    expect((await broker.post({}, '/open-apis/auth/v3/tenant_access_token/internal')).status).toBe(404);
    expect((await broker.post({}, '/oauth/token/')).status).toBe(404);
    const get = await fetch(`${broker.url}/oauth/token?grant_type=refresh_token&refresh_token=x`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${broker.url}/healthz`, { method: 'POST' })).status).toBe(405);
    expect(tokenCalls()).toBe(before);
  });

  it('answers its health check', async () => {
    const res = await fetch(`${broker.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('logs each request in one line with no code, verifier, token or secret', () => {
    expect(broker.log.length).toBeGreaterThan(15);
    expect(broker.log.some((line) => / POST \/oauth\/token 200 authorization_code \d+ms$/.test(line))).toBe(true);
    expect(broker.log.some((line) => / GET \/oauth\/token 405 /.test(line))).toBe(true);
    const all = broker.log.join('\n');
    for (const secret of usedSecrets) expect(all.includes(secret), `${secret.slice(0, 4)}… leaked into the log`).toBe(false);
    expect(all).not.toMatch(/refresh_token=|code_verifier|client_secret/);
  });

  it('limits requests per client address, and answers 429 with Retry-After', async () => {
    const limited = await startTestBroker(sandbox.url, { ratePerMinute: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await limited.post({ grant_type: 'client_credentials' })).status);
      expect(statuses).toEqual([400, 400, 400, 429, 429]);
      const res = await limited.post({ grant_type: 'refresh_token', refresh_token: 'x' });
      expect(res.status).toBe(429);
      expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('never follows a redirect from upstream, and says when upstream is unreachable or not JSON', async () => {
    let followed = 0;
    const elsewhere = createServer((_req, res) => void (followed++, res.writeHead(200).end('{"code":0}')));
    await new Promise<void>((r) => elsewhere.listen(0, '127.0.0.1', r));
    const target = `http://127.0.0.1:${(elsewhere.address() as { port: number }).port}/steal`;
    const redirecting = createServer((req, res) => {
      if (req.url === '/html/open-apis/authen/v2/oauth/token') return void res.writeHead(200, { 'Content-Type': 'text/html' }).end('<html>');
      res.writeHead(307, { Location: target }).end();
    });
    await new Promise<void>((r) => redirecting.listen(0, '127.0.0.1', r));
    const upstream = `http://127.0.0.1:${(redirecting.address() as { port: number }).port}`;
    const viaRedirect = await startTestBroker(upstream);
    const viaHtml = await startTestBroker(`${upstream}/html`);
    const viaNothing = await startTestBroker('http://127.0.0.1:9');
    try {
      expect(await viaRedirect.post({ grant_type: 'refresh_token', refresh_token: 'x' })).toMatchObject({ status: 502, body: { error: 'upstream_unreachable' } });
      expect(followed).toBe(0);
      expect(await viaHtml.post({ grant_type: 'refresh_token', refresh_token: 'x' })).toMatchObject({ status: 502, body: { error: 'upstream_malformed' } });
      expect(await viaNothing.post({ grant_type: 'refresh_token', refresh_token: 'x' })).toMatchObject({ status: 502, body: { error: 'upstream_unreachable' } });
    } finally {
      await Promise.all([viaRedirect.close(), viaHtml.close(), viaNothing.close()]);
      elsewhere.close();
      redirecting.close();
    }
  });
});
