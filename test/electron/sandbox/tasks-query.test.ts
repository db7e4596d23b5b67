import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox, SandboxOptions } from '../../../electron/sandbox/server';
import { allPages, queryTasks } from './sandbox-query';

describe('sandbox tasks query: parameters and auth', () => {
  let sandbox: Sandbox;
  const start = async (options: SandboxOptions = {}) => (sandbox = await startSandbox({ seed: 3, ...options }));
  afterEach(() => sandbox?.close());

  it('answers code 1390001 with HTTP 400 and a reason for each invalid parameter', async () => {
    await start();
    const base = { user_id: sandbox.demoUserId, topic: '1' };
    const cases: [Record<string, string>, RegExp][] = [
      [{ topic: '1' }, /user_id is required/],
      [{ user_id: sandbox.demoUserId }, /topic must be one of/],
      [{ ...base, topic: '4' }, /topic/],
      [{ ...base, topic: 'todo' }, /topic/],
      [{ ...base, user_id_type: 'email' }, /user_id_type/],
      [{ ...base, page_size: '0' }, /page_size/],
      [{ ...base, page_size: '201' }, /page_size/],
      [{ ...base, page_size: 'ten' }, /page_size/],
      [{ ...base, page_size: '1.5' }, /page_size/],
      [{ ...base, page_token: 'made-up' }, /page_token/],
    ];
    for (const [params, reason] of cases) {
      const answer = await queryTasks(sandbox, params);
      expect(answer.status, JSON.stringify(params)).toBe(400);
      expect(answer.body.code).toBe(1390001);
      expect(answer.body.msg).toMatch(reason);
      expect(answer.body.error?.log_id).toBeTruthy();
    }
  });

  it('accepts every documented topic and user_id_type, and page_size 1 and 200', async () => {
    await start();
    for (const topic of ['1', '2', '3', '17', '18']) {
      expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic })).body.code).toBe(0);
    }
    const union = await queryTasks(sandbox, { user_id: 'on_sandbox_demo_user', user_id_type: 'union_id', topic: '1', page_size: '1' });
    expect(union.body.data?.tasks).toHaveLength(1);
    expect(union.body.data?.tasks[0]?.user_id).toBe('on_sandbox_demo_user');
    const plain = await queryTasks(sandbox, { user_id: 'sandbox_demo_user', user_id_type: 'user_id', topic: '2', page_size: '200' });
    expect(plain.body.code).toBe(0);
  });

  it('refuses a missing, made-up, revoked or expired token with the Feishu codes', async () => {
    const clock = { t: 1_000_000 };
    await start({ now: () => clock.t });
    const params = { user_id: sandbox.demoUserId, topic: '1' };
    expect((await queryTasks(sandbox, params, null)).body.code).toBe(99991661);
    const invalid = await queryTasks(sandbox, params, 'u-not-issued');
    expect([invalid.status, invalid.body.code]).toEqual([400, 99991668]);
    const token = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 60_000 });
    expect((await queryTasks(sandbox, params, token)).body.code).toBe(0);
    clock.t += 60_000;
    const expired = await queryTasks(sandbox, params, token);
    expect([expired.status, expired.body.code]).toEqual([400, 99991677]);
    const revoked = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 60_000 });
    sandbox.tokens.revoke(revoked);
    expect((await queryTasks(sandbox, params, revoked)).body.code).toBe(99991668);
    const tenant = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 1, kind: 'tenant', token: 't-short' });
    clock.t += 10;
    expect((await queryTasks(sandbox, params, tenant)).body.code).toBe(99991663);
  });

  it('lets a user token read only its own tasks; a tenant token reads anyone (others have none)', async () => {
    await start();
    const other = await queryTasks(sandbox, { user_id: 'ou_someone_else', topic: '1' });
    expect([other.status, other.body.code]).toEqual([400, 1390001]);
    expect(other.body.msg).toMatch(/user_id/);
    const tenant = sandbox.tokens.issue({ userId: 'ou_app', ttlMs: 60_000, kind: 'tenant' });
    const someone = await queryTasks(sandbox, { user_id: 'ou_someone_else', topic: '1' }, tenant);
    expect(someone.body.data).toEqual({ tasks: [], has_more: false, count: { total: 0, has_more: false } });
    const demo = await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' }, tenant);
    expect(demo.body.data?.tasks.length).toBe(sandbox.data.count('1'));
  });

  it('never records the token in the request log', async () => {
    await start();
    await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' });
    await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1' }, null);
    expect(sandbox.requests.map((r) => r.hasAuth)).toEqual([true, false]);
    expect(sandbox.requests[0]).toMatchObject({ method: 'GET', path: '/open-apis/approval/v4/tasks/query', query: { topic: '1' } });
    expect(JSON.stringify(sandbox.requests)).not.toContain(sandbox.demoToken);
  });
});

describe('sandbox tasks query: pagination', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox?.close());
  const ids = (pages: Awaited<ReturnType<typeof allPages>>) => pages.flatMap((p) => p.body.data!.tasks.map((t) => t.task_id));

  it('defaults to 100 per page and puts count on the first page only', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '2': 250 } });
    const pages = await allPages(sandbox, { user_id: sandbox.demoUserId, topic: '2' });
    expect(pages.map((p) => p.body.data!.tasks.length)).toEqual([100, 100, 50]);
    expect(pages[0]!.body.data!.count).toEqual({ total: 250, has_more: false });
    expect(pages.slice(1).map((p) => p.body.data!.count)).toEqual([undefined, undefined]);
    expect(pages.at(-1)!.body.data).not.toHaveProperty('page_token');
    expect(new Set(ids(pages)).size).toBe(250);
  });

  it('exactly 200 tasks is one page of 200 without has_more; 201 is two pages', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 200, '2': 201 } });
    const one = await allPages(sandbox, { user_id: sandbox.demoUserId, topic: '1', page_size: '200' });
    expect(one).toHaveLength(1);
    expect(one[0]!.body.data).toMatchObject({ has_more: false, count: { total: 200, has_more: false } });
    expect(one[0]!.body.data).not.toHaveProperty('page_token');
    const two = await allPages(sandbox, { user_id: sandbox.demoUserId, topic: '2', page_size: '200' });
    expect(two.map((p) => p.body.data!.tasks.length)).toEqual([200, 1]);
    expect(two[0]!.body.data!.page_token).toEqual(expect.any(String));
  });

  it('caps count at 999 with has_more from 1000 tasks up, but serves every task', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 999, '2': 1000, '18': 1234 } });
    const first = async (topic: string) => (await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic, page_size: '200' })).body.data!.count;
    expect(await first('1')).toEqual({ total: 999, has_more: false });
    expect(await first('2')).toEqual({ total: 999, has_more: true });
    expect(await first('18')).toEqual({ total: 999, has_more: true });
    const pages = await allPages(sandbox, { user_id: sandbox.demoUserId, topic: '18', page_size: '200' });
    expect(new Set(ids(pages)).size).toBe(1234);
  });

  it('refuses a page token from another topic or user', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '2': 30 } });
    const page = await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '2', page_size: '10' });
    const token = page.body.data!.page_token!;
    expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '3', page_token: token })).body.code).toBe(1390001);
    expect((await queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '2', page_token: token })).body.code).toBe(0);
  });

  // How fast it serves them is npm run bench's business (engine-bench), not a unit test's.
  it('serves 20,000 tasks in 100 pages, each once', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 20_000 } });
    const pages = await allPages(sandbox, { user_id: sandbox.demoUserId, topic: '1', page_size: '200' });
    expect(pages).toHaveLength(100);
    expect(new Set(ids(pages)).size).toBe(20_000);
  }, 120_000); // correctness, not speed: 100 pages over real HTTP take ~2 s alone, far longer on a busy machine
});
