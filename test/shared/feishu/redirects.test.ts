import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAuthError } from '../../../shared/auth/auth-error';
import { createOAuthClient } from '../../../shared/auth/oauth-client';
import { isApiError } from '../../../shared/feishu/api-error';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { staticTokenSource } from '../../../shared/auth/token-source';

// Issue 8 §2: a server that answers 307 must not get our secrets re-sent to the address it names.
// Two real local servers and Node's real fetch: the first redirects everything to the second;
// the second must never see a request, and each call fails with a message saying why.

const SECRET = 'app-secret-value-1234';
const REFRESH = 'ur-refresh-token-abcdefghijkl';
const ACCESS = 'u-access-token-abcdefghijklmn';

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` })));
}

let elsewhere: { server: Server; url: string };
let redirecting: { server: Server; url: string };
const received: string[] = [];

beforeAll(async () => {
  elsewhere = await listen((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''} ${body}`);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"code":0,"access_token":"stolen","expires_in":7200,"data":{"open_id":"x"}}');
    });
  });
  redirecting = await listen((req, res) => res.writeHead(307, { Location: `${elsewhere.url}${req.url}` }).end());
});
afterAll(() => {
  elsewhere.server.close();
  redirecting.server.close();
});

const realFetch = (url: string, init: RequestInit) => fetch(url, init);

describe('no redirects for calls that carry a secret', () => {
  const client = () => createOAuthClient({ openBase: redirecting.url, fetch: realFetch, appId: 'cli_app', appSecret: SECRET });

  it.each([
    ['the refresh grant', () => client().refresh(REFRESH)],
    ['the code exchange', () => client().exchangeCode({ code: 'one-time-code', redirectUri: 'http://127.0.0.1:1/cb', codeVerifier: 'verifier' })],
    ['the tenant token', () => client().tenantToken()],
    ['user_info', () => client().userInfo(ACCESS)],
  ])('%s: refused with "the server redirected", nothing reaches the other server', async (_name, call) => {
    const error = await call().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect((error as Error).message).toMatch(/the server redirected \(HTTP 307\) to http:\/\/127\.0\.0\.1:\d+; credentials are never sent on/);
    expect((error as Error).message).not.toContain(SECRET);
    expect(received).toEqual([]);
  });

  it('tasks/query: an ApiError the poller and CLI understand, and the token stays here', async () => {
    const tasks = createTasksClient({ baseUrl: redirecting.url, fetch: realFetch, tokens: staticTokenSource(ACCESS) });
    const error = await tasks.queryTopic({ userId: 'ou_1', topic: '1' }).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({ kind: 'bad-request', httpStatus: 307 });
    expect((error as Error).message).toMatch(/the server redirected \(HTTP 307\)/);
    expect(received).toEqual([]);
  });

  it('a 308 without a Location, or an opaque redirect (status 0), is refused too', async () => {
    for (const status of [308, 0]) {
      const fake = async () => ({ status, headers: { get: () => null }, text: async () => '' });
      const error = await createOAuthClient({ openBase: 'https://open.feishu.cn', fetch: fake, appId: 'a', appSecret: SECRET }).refresh(REFRESH).catch((e: unknown) => e);
      expect((error as Error).message).toContain(`the server redirected (HTTP ${status}); credentials`);
    }
  });

  it('a runtime that throws instead (Electron net.fetch: "Redirect was cancelled") gets the same clear message', async () => {
    const throwing = async () => Promise.reject(new Error('Redirect was cancelled'));
    const error = await createOAuthClient({ openBase: 'https://open.feishu.cn', fetch: throwing, appId: 'a', appSecret: SECRET }).refresh(REFRESH).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/the server redirected to another address/);
    const undiciStyle = async () => Promise.reject(new TypeError('fetch failed', { cause: new Error('unexpected redirect') }));
    const tasks = createTasksClient({ baseUrl: 'https://open.feishu.cn', fetch: undiciStyle, tokens: staticTokenSource(ACCESS) });
    expect(await tasks.queryTopic({ userId: 'ou_1', topic: '1' }).catch((e: unknown) => e)).toMatchObject({ kind: 'bad-request', message: expect.stringMatching(/redirected/) });
  });
});
