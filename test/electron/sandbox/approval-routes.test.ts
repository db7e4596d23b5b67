import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FOREIGN_INSTANCE_CODE } from '../../../electron/sandbox/approval-routes';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';

// The user-level approval routes as the reference describes them: list, detail, pass, refuse,
// every error path, and a decision moving the task from to-do to done in both task APIs.

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 8, '2': 120, '17': 2, '18': 1 } });
});
afterEach(() => sandbox.close());

interface Answer {
  status: number;
  body: { code: number; msg: string; error?: { log_id?: string; permission_violations?: { subject: string }[] }; data?: Record<string, unknown> & { tasks?: Record<string, unknown>[] } };
}

async function call(path: string, options: { token?: string | null; body?: unknown; query?: Record<string, string>; contentType?: string } = {}): Promise<Answer> {
  const token = options.token === undefined ? sandbox.demoToken : options.token;
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  const post = options.body !== undefined;
  if (post) headers['Content-Type'] = options.contentType ?? 'application/json; charset=utf-8';
  const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
  const response = await fetch(`${sandbox.url}/open-apis/approval/v4/${path}${query}`, {
    method: post ? 'POST' : 'GET',
    headers,
    body: post ? (typeof options.body === 'string' ? options.body : JSON.stringify(options.body)) : undefined,
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

const list = (query: Record<string, string>, token?: string | null) => call('tasks', { query, token });
const todo = async () => (await list({ topic: '1' })).body.data?.tasks ?? [];

describe('GET /tasks', () => {
  it('lists the to-do tasks joined to tasks/query by task_id, with instance_code, summaries and no times', async () => {
    const answer = await list({ topic: '1' });
    expect(answer.status).toBe(200);
    const items = answer.body.data?.tasks ?? [];
    expect(items.map((t) => t.task_id)).toEqual(sandbox.data.tasks('1').map((t) => t.task_id));
    expect(answer.body.data?.count).toBe(8);
    for (const [i, item] of items.entries()) {
      expect(item.instance_code).toBe(sandbox.data.tasks('1')[i]?.process_code);
      expect(Array.isArray(item.summaries)).toBe(true);
      expect(Object.keys(item).some((key) => /time/.test(key))).toBe(false);
      expect(item.urls).toBeUndefined();
    }
    const operate = items.map((t) => t.support_api_operate);
    expect(operate).toContain(true);
    expect(operate).toContain(false);
    expect(operate).toContain(undefined);
    expect(items.find((t) => t.task_id === sandbox.approvals.noApiTaskId)?.support_api_operate).toBe(false);
  });

  it('pages at most 100, returns count as an int on page 1 only, capped at 99', async () => {
    const first = await list({ topic: '2', page_size: '100' });
    expect(first.body.data?.count).toBe(99);
    expect(first.body.data?.tasks).toHaveLength(100);
    expect(first.body.data?.has_more).toBe(true);
    const second = await list({ topic: '2', page_size: '100', page_token: String(first.body.data?.page_token) });
    expect(second.body.data?.tasks).toHaveLength(20);
    expect(second.body.data?.count).toBeUndefined();
    expect(second.body.data?.page_token).toBeUndefined();
  });

  it('refuses other topics, bad page sizes and made-up page tokens', async () => {
    for (const topic of ['3', '', 'todo']) expect((await list({ topic })).body).toMatchObject({ code: 99992402, msg: 'topic is optional, options: [1,2,17,18]' });
    for (const size of ['0', '101', 'x']) expect((await list({ topic: '1', page_size: size })).body.code).toBe(1390001);
    expect((await list({ topic: '1', page_token: 'bogus' })).body.code).toBe(1390001);
    expect((await list({ topic: '3' })).status).toBe(400);
  });
});

describe('token and scope checks on every route', () => {
  const routes = () => [
    () => list({ topic: '1' }),
    () => call('instances/detail', { query: { instance_code: 'x' } }),
    () => call('tasks/pass', { body: {} }),
    () => call('tasks/refuse', { body: {} }),
  ];

  it('refuse a missing, unknown, expired or tenant token', async () => {
    const tenant = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 60_000, kind: 'tenant' });
    const expired = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 60_000 });
    sandbox.tokens.expire(expired);
    for (const path of ['tasks?topic=1', 'instances/detail?instance_code=x']) {
      expect((await call(path, { token: null })).body.code).toBe(99991661);
      expect((await call(path, { token: 'u-nope' })).body.code).toBe(99991668);
      expect((await call(path, { token: expired })).body.code).toBe(99991677);
      const refused = await call(path, { token: tenant });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 99991668, msg: expect.stringContaining('user_access_token only') });
    }
    expect((await call('tasks/pass', { token: tenant, body: {} })).body.code).toBe(99991668);
  });

  it('answer 99991679 naming the scope the user did not grant, 99991672 for one the app lacks', async () => {
    sandbox.tokens.restrictScopes(sandbox.demoToken, { notGranted: ['approval:task:read', 'approval:task:write'], notAppliedFor: ['approval:instance:read'] });
    const [listed, detail, pass, refuse] = await Promise.all(routes().map((run) => run()));
    expect(listed?.body.code).toBe(99991679);
    expect(listed?.body.error?.permission_violations?.[0]?.subject).toBe('approval:task:read');
    expect(detail?.body.code).toBe(99991672);
    expect(detail?.body.msg).toContain('approval:instance:read');
    expect(pass?.body.code).toBe(99991679);
    expect(refuse?.body.error?.permission_violations?.[0]?.subject).toBe('approval:task:write');
    sandbox.tokens.restrictScopes(sandbox.demoToken, {});
    expect((await list({ topic: '1' })).body.code).toBe(0);
  });

  it('play the gateway faults too', async () => {
    sandbox.setFault({ kind: 'rate-limited', times: 1 });
    const limited = await call('tasks/pass', { body: {} });
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe(99991400);
  });
});

describe('GET /instances/detail', () => {
  it('gives ms-string times, the form as a JSON string and my task with its own start', async () => {
    const [item] = await todo();
    const answer = await call('instances/detail', { query: { instance_code: String(item?.instance_code) } });
    expect(answer.status).toBe(200);
    const data = answer.body.data as Record<string, unknown> & { tasks: { id: string; start_time: string; end_time: string; status: string }[]; form: string };
    expect(data.start_time).toMatch(/^\d{13}$/);
    expect(data.end_time).toBe('0');
    expect(typeof data.form).toBe('string');
    expect(Array.isArray(JSON.parse(data.form))).toBe(true);
    const mine = data.tasks.find((task) => task.id === item?.task_id);
    expect(mine).toMatchObject({ status: 'PENDING', end_time: '0' });
    expect(Number(mine?.start_time)).toBeGreaterThan(Number(data.start_time));
    expect(data.operation_records).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'START' })]));
    expect(data.current_nodes).toHaveLength(1);
  });

  it('refuses a missing or unknown code (1390003) and someone else\'s instance (403/1390009)', async () => {
    expect((await call('instances/detail')).body.code).toBe(1390003);
    expect((await call('instances/detail', { query: { instance_code: 'NOPE' } })).body.code).toBe(1390003);
    const foreign = await call('instances/detail', { query: { instance_code: FOREIGN_INSTANCE_CODE } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.code).toBe(1390009);
  });

  it('has realistic forms: expense amount with currency, leave date range, purchase items', async () => {
    const forms = await Promise.all(
      sandbox.data.tasks('2').slice(0, 60).map(async (task) => (await call('instances/detail', { query: { instance_code: String(task.process_code) } })).body.data?.form as string),
    );
    const widgets = forms.flatMap((form) => JSON.parse(form) as { type: string; value: unknown; ext?: { currency?: string } }[]);
    expect(widgets.find((w) => w.type === 'amount')?.ext?.currency).toMatch(/^(CNY|USD)$/);
    expect(widgets.find((w) => w.type === 'dateInterval')?.value).toMatchObject({ start: expect.any(String), end: expect.any(String), interval: expect.any(Number) });
    expect(Array.isArray(widgets.find((w) => w.type === 'fieldList')?.value)).toBe(true);
  });
});

describe('POST /tasks/pass and /tasks/refuse', () => {
  it('pass moves the task from topic 1 to 2 in both APIs, updates the detail, and a second pass is 1390010', async () => {
    const items = await todo();
    const item = items.find((t) => t.support_api_operate === true)!;
    const body = { instance_code: item.instance_code, task_id: item.task_id, comment: '同意' };
    const first = await call('tasks/pass', { body });
    expect(first).toEqual({ status: 200, body: { code: 0, msg: 'success', data: {} } });
    expect((await todo()).map((t) => t.task_id)).not.toContain(item.task_id);
    expect(sandbox.data.tasks('1').map((t) => t.task_id)).not.toContain(item.task_id);
    expect(sandbox.data.tasks('2').find((t) => t.task_id === item.task_id)).toMatchObject({ status: '2', process_status: '2' });
    const page1 = await list({ topic: '2', page_size: '100' });
    const page2 = await list({ topic: '2', page_size: '100', page_token: String(page1.body.data?.page_token) });
    expect(page2.body.data?.tasks?.at(-1)).toMatchObject({ task_id: item.task_id, topic: '2', status: '2', instance_status: '2' });
    const detail = (await call('instances/detail', { query: { instance_code: String(item.instance_code) } })).body.data as Record<string, unknown> & { tasks: { id: string; status: string; end_time: string }[]; operation_records: { type: string; comment?: string }[] };
    expect(detail.status).toBe('APPROVED');
    expect(detail.tasks.find((t) => t.id === item.task_id)?.status).toBe('APPROVED');
    expect(detail.operation_records.at(-1)).toMatchObject({ type: 'PASS', comment: '同意' });
    const again = await call('tasks/pass', { body });
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ code: 1390010, msg: 'task not found' });
  });

  it('refuse rejects the instance', async () => {
    const item = (await todo()).find((t) => t.support_api_operate === true)!;
    expect((await call('tasks/refuse', { body: { instance_code: item.instance_code, task_id: item.task_id, comment: 'Budget is over' } })).body.code).toBe(0);
    expect(sandbox.data.tasks('2').find((t) => t.task_id === item.task_id)?.process_status).toBe('3');
  });

  it('answers 1390018 for the signature task and the no-API task, and changes nothing', async () => {
    const items = await todo();
    for (const id of [sandbox.approvals.signatureTaskId, sandbox.approvals.noApiTaskId]) {
      const item = items.find((t) => t.task_id === id)!;
      const answer = await call('tasks/pass', { body: { instance_code: item.instance_code, task_id: item.task_id } });
      expect(answer.status).toBe(400);
      expect(answer.body).toMatchObject({ code: 1390018, msg: 'not support handwritten signature' });
    }
    expect(await todo()).toHaveLength(items.length);
  });

  it('refuses bad bodies (1390001), unknown instances (1390003) and tasks not in my to-do (1390010)', async () => {
    const [item] = await todo();
    const bad = [
      await call('tasks/pass', { body: 'not json' }),
      await call('tasks/pass', { body: [1] }),
      await call('tasks/pass', { body: { task_id: item?.task_id } }),
      await call('tasks/pass', { body: { instance_code: item?.instance_code } }),
      await call('tasks/refuse', { body: { instance_code: item?.instance_code, task_id: item?.task_id, comment: 'x'.repeat(501) } }),
      await call('tasks/pass', { body: { instance_code: item?.instance_code, task_id: item?.task_id }, contentType: 'text/plain' }),
    ];
    for (const answer of bad) expect(answer).toMatchObject({ status: 400, body: { code: 1390001 } });
    expect((await call('tasks/pass', { body: { instance_code: 'NOPE', task_id: item?.task_id } })).body.code).toBe(1390003);
    const doneTask = sandbox.data.tasks('2')[0]!;
    expect((await call('tasks/pass', { body: { instance_code: doneTask.process_code, task_id: doneTask.task_id } })).body.code).toBe(1390010);
    expect((await call('tasks/pass', { body: { instance_code: item?.instance_code, task_id: '999' } })).body.code).toBe(1390010);
    expect(await todo()).toHaveLength(8);
  });
});
