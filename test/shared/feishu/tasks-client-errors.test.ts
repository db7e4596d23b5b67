import { afterEach, describe, expect, it } from 'vitest';
import { staticTokenSource, type TokenSource } from '../../../shared/auth/token-source';
import { isApiError } from '../../../shared/feishu/api-error';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { pagedReplies, rawTask, startPageServer, type PageServer, type Reply, type ReplyFor } from './page-server';

let server: PageServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = 'u-secret-token-abc';
const FRESH = 'u-fresh-token-xyz';
const ok = pagedReplies([rawTask(1), rawTask(2)]);

async function clientFor(replyFor: ReplyFor, tokens: TokenSource = staticTokenSource(TOKEN)) {
  server = await startPageServer(replyFor);
  return createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens });
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  expect(JSON.stringify(error.toJSON()) + error.message + String(error.stack)).not.toContain(TOKEN);
  return error;
}

const query = { userId: 'ou_me', topic: '1' as const };

describe('tasks client errors', () => {
  it.each<[string, Reply, string, Record<string, unknown>]>([
    ['quota', { status: 400, body: { code: 99991403, msg: 'quota exceeded' } }, 'quota-exhausted', { code: 99991403 }],
    ['app scope', { status: 400, body: { code: 99991672, msg: 'Access denied. One of the following scopes is required: [approval:approval:readonly]' } }, 'permission', { feishuMsg: expect.stringContaining('approval:approval:readonly') }],
    ['user scope', { status: 400, body: { code: 99991679, msg: 'scope' } }, 'permission', {}],
    ['rate limit', { status: 429, headers: { 'x-ogw-ratelimit-reset': '12' }, body: { code: 99991400, msg: 'too many' } }, 'rate-limited', { retryAfterMs: 12_000, httpStatus: 429 }],
    ['bad param', { status: 400, headers: { 'x-tt-logid': 'LOG-HDR' }, body: { code: 1390001, msg: 'param is invalid' } }, 'bad-request', { logId: 'LOG-HDR', request: 'tasks/query topic=1 page 1' }],
    ['plain 404', { status: 404, body: 'not found' }, 'bad-request', { httpStatus: 404 }],
    ['server', { status: 500, body: 'oops' }, 'server', { httpStatus: 500 }],
    ['transient code', { status: 200, body: { code: 1395001, msg: 'busy', error: { log_id: 'LOG-BODY' } } }, 'server', { logId: 'LOG-BODY' }],
    ['not JSON', { status: 200, body: '<html>hello</html>' }, 'malformed', {}],
    ['tasks not a list', { status: 200, body: { code: 0, data: { tasks: 'x' } } }, 'malformed', { message: expect.stringContaining('data.tasks') }],
    ['data not an object', { status: 200, body: { code: 0, data: 5 } }, 'malformed', {}],
  ])('%s → %s', async (_name, reply, kind, fields) => {
    const client = await clientFor(() => reply);
    const error = await failure(client.queryTopic(query));
    expect(error.kind).toBe(kind);
    expect(error).toMatchObject(fields);
    expect(server!.requests).toHaveLength(1);
  });

  it('reports network when nobody answers', async () => {
    server = await startPageServer(ok);
    const url = server.url;
    await server.close();
    server = undefined;
    const client = createTasksClient({ baseUrl: url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    const error = await failure(client.queryTopic(query));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/Could not reach Feishu/);
  });

  it('reports a cancelled request as network, saying so', async () => {
    const client = await clientFor(ok);
    const controller = new AbortController();
    controller.abort();
    const error = await failure(client.queryTopic({ ...query, signal: controller.signal }));
    expect(error).toMatchObject({ kind: 'network', message: expect.stringMatching(/cancelled/) });
  });

  it('never lets an echoed token out in msg or log_id', async () => {
    const client = await clientFor(() => ({ status: 400, body: { code: 1390001, msg: `bad token ${TOKEN}`, error: { log_id: TOKEN } } }));
    const error = await failure(client.queryTopic(query));
    expect(error.feishuMsg).toBe('bad token [redacted]');
  });
});

describe('tasks client token renewal', () => {
  const rejectOld =
    (code: number): ReplyFor =>
    (request, index) =>
      request.authorization === `Bearer ${FRESH}` ? ok(request, index) : { status: 400, body: { code, msg: 'token rejected' } };

  it.each([
    [99991677, 'auth-expired'],
    [99991668, 'auth-invalid'],
  ])('renews once on %i (%s) and retries that request', async (code, kind) => {
    const renewals: Array<[string, string]> = [];
    const tokens: TokenSource = {
      getAccessToken: async () => TOKEN,
      renewAfterRejection: async (rejected, why) => {
        renewals.push([rejected, why]);
        return FRESH;
      },
    };
    const client = await clientFor(rejectOld(code), tokens);
    const result = await client.queryTopic(query);
    expect(result.tasks).toHaveLength(2);
    expect(result.calls).toBe(2);
    expect(renewals).toEqual([[TOKEN, kind]]);
    expect(server!.requests.map((r) => r.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${FRESH}`]);
  });

  it('gives up after one renewal when the fresh token is refused too', async () => {
    let renewals = 0;
    const tokens: TokenSource = { getAccessToken: async () => TOKEN, renewAfterRejection: async () => (renewals++, FRESH) };
    const client = await clientFor(() => ({ status: 400, body: { code: 99991677, msg: 'expired' } }), tokens);
    const error = await failure(client.queryTopic(query));
    expect(error.kind).toBe('auth-expired');
    expect(renewals).toBe(1);
    expect(server!.requests).toHaveLength(2);
  });

  it('reports the rejection when renewal has nothing to offer', async () => {
    const tokens: TokenSource = { getAccessToken: async () => TOKEN, renewAfterRejection: async () => null };
    const client = await clientFor(rejectOld(99991668), tokens);
    expect((await failure(client.queryTopic(query))).kind).toBe('auth-invalid');
    expect(server!.requests).toHaveLength(1);
  });

  it('does not retry without renewAfterRejection, nor for a malformed token', async () => {
    const client = await clientFor(rejectOld(99991677));
    expect((await failure(client.queryTopic(query))).kind).toBe('auth-expired');
    let renewals = 0;
    const tokens: TokenSource = { getAccessToken: async () => TOKEN, renewAfterRejection: async () => (renewals++, FRESH) };
    const second = await clientFor(rejectOld(99991671), tokens);
    expect((await failure(second.queryTopic(query))).kind).toBe('auth-invalid');
    expect(renewals).toBe(0);
  });

  it('turns a token source failure into auth-invalid without leaking its text', async () => {
    const tokens: TokenSource = { getAccessToken: async () => { throw new Error(`keychain said ${TOKEN}`); } };
    const client = await clientFor(ok, tokens);
    expect((await failure(client.queryTopic(query))).kind).toBe('auth-invalid');
    expect(server!.requests).toHaveLength(0);
  });

  it('renews on a later page too', async () => {
    const tokens: TokenSource = { getAccessToken: async () => TOKEN, renewAfterRejection: async () => FRESH };
    const paged = pagedReplies(Array.from({ length: 300 }, (_, i) => rawTask(i)));
    const client = await clientFor((request, index) =>
      index === 1 ? { status: 400, body: { code: 99991677, msg: 'expired' } } : paged(request, index), tokens);
    const result = await client.queryTopic(query);
    expect(result).toMatchObject({ calls: 3 });
    expect(result.tasks).toHaveLength(300);
  });
});
