import { afterEach, describe, expect, it } from 'vitest';
import { staticTokenSource } from '../../../shared/auth/token-source';
import { isApiError } from '../../../shared/feishu/api-error';
import { createTasksClient, type TasksClientOptions } from '../../../shared/feishu/tasks-client';
import { taskLink } from '../../../shared/links/url-policy';
import { pagedReplies, rawTask, startPageServer, type PageServer } from './page-server';

let server: PageServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = 'u-test-token-123';
const many = (count: number) => Array.from({ length: count }, (_, i) => rawTask(i));

async function serve(tasks: unknown[], options: Partial<TasksClientOptions> = {}) {
  server = await startPageServer(pagedReplies(tasks));
  const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN), ...options });
  return { client, server };
}

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('tasks client paging', () => {
  it('fetches exactly 200 tasks in one call with the documented query', async () => {
    const { client, server } = await serve(many(200));
    const result = await client.queryTopic({ userId: 'ou_me', topic: '1' });
    expect(result).toMatchObject({ topic: '1', total: 200, capped: false, calls: 1, dropped: 0 });
    expect(result.tasks).toHaveLength(200);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request?.path).toBe('/open-apis/approval/v4/tasks/query');
    expect(Object.fromEntries(request!.query)).toEqual({ user_id: 'ou_me', topic: '1', user_id_type: 'open_id', page_size: '200' });
    expect(request?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('follows page_token for 201 tasks', async () => {
    const { client, server } = await serve(many(201));
    const result = await client.queryTopic({ userId: 'ou_me', topic: '1' });
    expect(result.calls).toBe(2);
    expect(result.tasks.map((t) => t.id).at(-1)).toBe('task-200');
    expect(server.requests[1]?.query.get('page_token')).toBe('200');
  });

  it('fetches 1,234 tasks over 7 pages and reports the capped total of page 1', async () => {
    const calls: Array<{ topic: string; page: number }> = [];
    const { client } = await serve(many(1234), { onCall: (call) => calls.push(call) });
    const result = await client.queryTopic({ userId: 'ou_me', topic: '1' });
    expect(result).toMatchObject({ total: 999, capped: true, calls: 7 });
    expect(result.tasks).toHaveLength(1234);
    expect(result.rawTasks).toHaveLength(1234);
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('merges pages by task_id: first occurrence wins, order kept, tasks without id dropped', async () => {
    const tasks = [rawTask(1), rawTask(2), { title: 'no id' }, rawTask(1, { title: 'later copy' }), rawTask(3)];
    const { client } = await serve(tasks, { pageSize: 2 });
    const result = await client.queryTopic({ userId: 'ou_me', topic: '1' });
    expect(result.tasks.map((t) => [t.id, t.title])).toEqual([['task-1', '报销 expense #1'], ['task-2', '报销 expense #2'], ['task-3', '报销 expense #3']]);
    expect(result.rawTasks.map((t) => t.task_id)).toEqual(['task-1', 'task-2', 'task-3']);
    expect(result.dropped).toBe(1);
    expect(result.calls).toBe(3);
  });

  it('takes count from page 1 only', async () => {
    const paged = pagedReplies(many(201));
    server = await startPageServer((request, index) => {
      const reply = paged(request, index);
      const body = reply.body as { data: Record<string, unknown> };
      if (index === 1) body.data.count = { total: 5, has_more: true };
      return reply;
    });
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect(await client.queryTopic({ userId: 'ou_me', topic: '1' })).toMatchObject({ total: 201, capped: false, calls: 2 });
  });

  it('uses the chosen user_id_type and a base URL with a trailing slash', async () => {
    server = await startPageServer(pagedReplies(many(1)));
    const client = createTasksClient({ baseUrl: `${server.url}/`, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN), userIdType: 'user_id' });
    await client.queryTopic({ userId: 'abc', topic: '17' });
    expect(server.requests[0]?.query.get('user_id_type')).toBe('user_id');
    expect(server.requests[0]?.query.get('topic')).toBe('17');
  });

  it('accepts an empty topic where Feishu omits tasks and count', async () => {
    server = await startPageServer(() => ({ body: { code: 0, msg: 'success', data: { has_more: false } } }));
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect(await client.queryTopic({ userId: 'ou_me', topic: '1' })).toMatchObject({ tasks: [], total: null, capped: false, calls: 1 });
  });

  it('maps word and numeric statuses, keeping unknown ones', async () => {
    const { client } = await serve([
      rawTask(1, { status: 'Todo', process_status: 'Running' }),
      rawTask(2, { status: '2', process_status: 2 }),
      rawTask(3, { status: 'Snoozed', process_status: 'Paused' }),
    ]);
    const { tasks } = await client.queryTopic({ userId: 'ou_me', topic: '1' });
    expect(tasks.map((t) => [t.status, t.processStatus])).toEqual([
      [{ kind: 'todo', raw: 'Todo' }, { kind: 'running', raw: 'Running' }],
      [{ kind: 'done', raw: '2' }, { kind: 'approved', raw: '2' }],
      [{ kind: 'unknown', raw: 'Snoozed' }, { kind: 'unknown', raw: 'Paused' }],
    ]);
  });

  it('keeps hostile text as plain text and hostile links unopenable', async () => {
    const title = '<img src=x onerror=alert(1)><script>alert("x")</script>';
    const { client } = await serve([rawTask(1, { title, urls: { pc: 'javascript:alert(1)', mobile: 'file:///etc/passwd', helpdesk: 'https://ok.example.com/h' } })]);
    const [task] = (await client.queryTopic({ userId: 'ou_me', topic: '1' })).tasks;
    expect(task?.title).toBe(title);
    expect(taskLink(task!, 'pc')).toBeNull();
    expect(taskLink(task!, 'mobile')).toBeNull();
    expect(taskLink(task!, 'helpdesk')).toBe('https://ok.example.com/h');
  });
});

describe('tasks client count', () => {
  it('counts with one call, from page 1\'s count', async () => {
    const { client, server } = await serve(many(1234));
    expect(await client.countTopic({ userId: 'ou_me', topic: '1' })).toEqual({ topic: '1', total: 999, capped: true, calls: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('counts the page when the server sends no count', async () => {
    server = await startPageServer(() => ({ body: { code: 0, data: { tasks: [rawTask(1), rawTask(2)], has_more: false } } }));
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect(await client.countTopic({ userId: 'ou_me', topic: '1' })).toEqual({ topic: '1', total: 2, capped: false, calls: 1 });
  });

  it('counts every page when the server sends no count but has more pages', async () => {
    server = await startPageServer((request) =>
      request.query.get('page_token') === 'p2'
        ? { body: { code: 0, data: { tasks: [rawTask(3)], has_more: false } } }
        : { body: { code: 0, data: { tasks: [rawTask(1), rawTask(2)], has_more: true, page_token: 'p2' } } },
    );
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect(await client.countTopic({ userId: 'ou_me', topic: '1' })).toEqual({ topic: '1', total: 3, capped: false, calls: 3 });
  });
});

describe('tasks client guards', () => {
  it('stops on a repeated page_token with a clear message', async () => {
    server = await startPageServer(() => ({ body: { code: 0, data: { tasks: [rawTask(1)], has_more: true, page_token: 'same' } } }));
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    const error = await failure(client.queryTopic({ userId: 'ou_me', topic: '1' }));
    expect(error.kind).toBe('malformed');
    expect(error.message).toMatch(/repeated an earlier page_token/);
    expect(server.requests).toHaveLength(2);
  });

  it('stops when has_more comes without a page_token', async () => {
    server = await startPageServer(() => ({ body: { code: 0, data: { tasks: [], has_more: true } } }));
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect((await failure(client.queryTopic({ userId: 'ou_me', topic: '1' }))).message).toMatch(/no page_token/);
  });

  it('stops after maxPages', async () => {
    const { client, server } = await serve(many(50), { pageSize: 10, maxPages: 3 });
    const error = await failure(client.queryTopic({ userId: 'ou_me', topic: '1' }));
    expect(error).toMatchObject({ kind: 'malformed', message: expect.stringMatching(/after 3 pages/) });
    expect(server.requests).toHaveLength(3);
  });

  it('refuses a page whose Content-Length is over the limit', async () => {
    const { client } = await serve(many(200), { maxResponseBytes: 10_000 });
    expect((await failure(client.queryTopic({ userId: 'ou_me', topic: '1' }))).message).toMatch(/over the 10000-byte limit/);
  });

  it('refuses an oversized page sent without Content-Length', async () => {
    const replies = pagedReplies(many(200));
    server = await startPageServer((request, index) => ({ ...replies(request, index), chunked: true }));
    const client = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN), maxResponseBytes: 10_000 });
    expect((await failure(client.queryTopic({ userId: 'ou_me', topic: '1' }))).kind).toBe('malformed');
    const generous = createTasksClient({ baseUrl: server.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) });
    expect((await generous.queryTopic({ userId: 'ou_me', topic: '1' })).tasks).toHaveLength(200);
  });

  it('refuses a base URL that would send the token in clear text', () => {
    expect(() => createTasksClient({ baseUrl: 'http://open.feishu.cn', fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(TOKEN) })).toThrow(/https/);
  });
});
