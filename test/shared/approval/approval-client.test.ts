import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApprovalClient } from '../../../shared/approval/approval-client';
import type { ApprovalCall } from '../../../shared/approval/approval-client';
import { joinApprovalItems, unjoinedTaskIds } from '../../../shared/approval/task-join';
import { waitingLabel, waitingSince } from '../../../shared/approval/waiting-time';
import { staticTokenSource } from '../../../shared/auth/token-source';
import { isApiError } from '../../../shared/feishu/api-error';
import type { FetchInit } from '../../../shared/feishu/fetch-port';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';

// The engine's clients for the user-level approval APIs, against the sandbox over real HTTP.

let sandbox: Sandbox;
let calls: ApprovalCall[];
let inits: FetchInit[];
const client = (token = sandbox.demoToken) =>
  createApprovalClient({ baseUrl: sandbox.url, fetch: (url, init) => (inits.push(init), fetch(url, init)), tokens: staticTokenSource(token), onCall: (call) => calls.push(call) });

beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 6, '2': 230 } });
  calls = [];
  inits = [];
});
afterEach(() => sandbox.close());

async function failure(run: Promise<unknown>) {
  const error = await run.then(() => null, (e: unknown) => e);
  if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe('approval client', () => {
  it('lists every page at 100 per page, reads items defensively, never follows redirects', async () => {
    const list = await client().listTasks({ topic: '2' });
    expect(list.items).toHaveLength(230);
    expect(list.count).toBe(99);
    expect(calls).toEqual(['tasks', 'tasks', 'tasks']);
    expect(inits.every((init) => init.redirect === 'manual')).toBe(true);
    expect(list.items[0]).toMatchObject({ taskId: expect.any(String), instanceCode: expect.any(String), topic: '2' });
  });

  it('joins the list to the polled tasks by task_id and finds waiting time in the detail', async () => {
    const polled = await createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(sandbox.demoToken) }).queryTopic({ userId: sandbox.demoUserId, topic: '1' });
    const { items } = await client().listTasks({ topic: '1' });
    const joined = joinApprovalItems(polled.tasks, items.slice(1));
    expect(joined.map((j) => j.task.id)).toEqual(polled.tasks.map((t) => t.id));
    expect(joined[0]?.approval).toBeNull();
    expect(joined[1]?.approval?.instanceCode).toBe(polled.tasks[1]?.processCode);
    expect(unjoinedTaskIds(polled.tasks, items.slice(1))).toEqual([polled.tasks[0]?.id]);

    const item = items[0]!;
    const detail = await client().instanceDetail(item.instanceCode);
    const since = waitingSince(detail, item.taskId);
    expect(since).toBeGreaterThan(detail.submittedAt!);
    expect(detail.form.ok).toBe(true);
    expect(detail.timeline[0]?.type).toBe('START');
    expect(waitingLabel(since, since! + 2 * 86_400_000 + 5, 'zh')).toBe('等待 2 天');
    expect(waitingLabel(since, since! + 2 * 86_400_000 + 5, 'en')).toBe('waiting 2 days');
  });

  it('passes and refuses once, with the comment; a second pass is "already handled", not retried', async () => {
    const items = (await client().listTasks({ topic: '1' })).items.filter((i) => i.supportApiOperate === true);
    const [a, b] = items;
    await client().pass({ instanceCode: a!.instanceCode, taskId: a!.taskId, comment: 'ok' });
    await client().refuse({ instanceCode: b!.instanceCode, taskId: b!.taskId, comment: 'no budget' });
    const posts = inits.filter((init) => init.method === 'POST');
    expect(posts.map((p) => JSON.parse(p.body ?? ''))).toEqual([
      { instance_code: a!.instanceCode, task_id: a!.taskId, comment: 'ok' },
      { instance_code: b!.instanceCode, task_id: b!.taskId, comment: 'no budget' },
    ]);
    expect(posts[0]?.headers['Content-Type']).toMatch(/^application\/json/);
    calls = [];
    const again = await failure(client().pass({ instanceCode: a!.instanceCode, taskId: a!.taskId }));
    expect(again).toMatchObject({ kind: 'bad-request', code: 1390010 });
    expect(again.message).toMatch(/already handled/);
    expect(calls).toEqual(['pass']);
  });

  it('explains a signature task, a missing scope by name, and a tenant token', async () => {
    const items = (await client().listTasks({ topic: '1' })).items;
    const signature = items.find((i) => i.taskId === sandbox.approvals.signatureTaskId)!;
    const signed = await failure(client().pass({ instanceCode: signature.instanceCode, taskId: signature.taskId }));
    expect(signed).toMatchObject({ code: 1390018, kind: 'bad-request' });
    expect(signed.message).toMatch(/handwritten signature.*open it in Feishu/);

    sandbox.tokens.restrictScopes(sandbox.demoToken, { notGranted: ['approval:task:write'], notAppliedFor: ['approval:instance:read'] });
    const write = await failure(client().pass({ instanceCode: signature.instanceCode, taskId: signature.taskId }));
    expect(write).toMatchObject({ kind: 'permission', code: 99991679, scope: 'approval:task:write' });
    expect(write.message).toContain('approval:task:write');
    const read = await failure(client().instanceDetail(signature.instanceCode));
    expect(read).toMatchObject({ code: 99991672, scope: 'approval:instance:read' });
    expect(read.message).toMatch(/admin must add it/);

    sandbox.tokens.restrictScopes(sandbox.demoToken, {});
    const tenant = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 60_000, kind: 'tenant' });
    expect((await failure(client(tenant).listTasks({ topic: '1' }))).kind).toBe('auth-invalid');
    expect((await failure(client().instanceDetail('NOPE'))).code).toBe(1390003);
  });
});
