import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createCliRunner } from './cli-runner';

// show, approve and reject in-process against the sandbox: usage errors, the human output,
// and that a write is never retried blindly.

let sandbox: Sandbox;
let cli: Awaited<ReturnType<typeof createCliRunner>>;
const writes = () => sandbox.requests.filter((r) => r.method === 'POST' && /\/tasks\/(pass|refuse)$/.test(r.path));
const actable = async () => {
  const response = await fetch(`${sandbox.url}/open-apis/approval/v4/tasks?topic=1`, { headers: { Authorization: `Bearer ${sandbox.demoToken}` } });
  return ((await response.json()) as { data: { tasks: { task_id: string; support_api_operate?: boolean }[] } }).data.tasks.filter((t) => t.support_api_operate === true).map((t) => t.task_id);
};

beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 6, '2': 3 } });
  cli = await createCliRunner(sandbox);
});
afterEach(() => sandbox.close());

describe('usage', () => {
  it('needs a TASK_ID, and reject needs a comment of at most 500 characters (exit 2, no write)', async () => {
    expect((await cli.run(['show'])).code).toBe(2);
    expect((await cli.run(['approve', '--json'])).code).toBe(2);
    const [id] = await actable();
    const noReason = await cli.run(['reject', id!]);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toMatch(/--comment/);
    expect((await cli.run(['approve', id!, '--comment', 'x'.repeat(501)])).code).toBe(2);
    expect(writes()).toHaveLength(0);
  });

  it('help lists the commands and each has its own help', async () => {
    expect((await cli.run(['help'])).stdout).toMatch(/show TASK_ID[\s\S]*approve TASK_ID[\s\S]*reject TASK_ID/);
    expect((await cli.run(['approve', '--help'])).stdout).toContain('approval:task:write');
  });
});

describe('show (human)', () => {
  it('prints the title, times, summaries and form, and whether it can be acted on', async () => {
    const [id] = await actable();
    const { code, out } = await cli.run(['show', id!]);
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(/Submitted: \d{4}-\d{2}-\d{2}T/);
    expect(out).toContain('Form:');
    expect(out.at(-1)).toContain(`approve|reject ${id}`);
  });

  it('finds a done task too, which cannot be acted on; an unknown id exits 4', async () => {
    const done = String(sandbox.data.tasks('2')[0]?.task_id);
    expect(JSON.parse((await cli.run(['show', done, '--json'])).stdout)).toMatchObject({ task_id: done, can_act: false });
    const missing = await cli.run(['show', '123']);
    expect(missing.code).toBe(4);
    expect(missing.stderr).toMatch(/not in your to-do, done or cc lists/);
  });
});

describe('writes are never retried blindly', () => {
  it('a server error on pass is sent once; the to-do list is re-read and the user told it is still there (exit 5)', async () => {
    const [id] = await actable();
    let seenList = false;
    sandbox.route('POST', '/open-apis/approval/v4/tasks/pass', () => ({ status: 500, body: { code: 1395001, msg: 'try later' } }));
    const result = await cli.run(['approve', id!], {});
    seenList = sandbox.requests.filter((r) => r.path.endsWith('/v4/tasks')).length >= 2;
    expect(result.code).toBe(5);
    expect(result.err).toHaveLength(1);
    expect(result.stderr).toMatch(/still in your to-do list, so nothing was done/);
    expect(writes()).toHaveLength(1);
    expect(seenList).toBe(true);
    expect(cli.sleeps).toEqual([]);
  });

  it('a lost answer after the task was handled says it has left the to-do list', async () => {
    const [id] = await actable();
    sandbox.route('POST', '/open-apis/approval/v4/tasks/pass', () => {
      sandbox.data.removeTask('1', id!);
      return { status: 502, body: 'bad gateway' };
    });
    const result = await cli.run(['approve', id!]);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/has left your to-do list, so it was probably handled/);
    expect(writes()).toHaveLength(1);
  });
});

describe('the same failure table as the app (exit 4 refusals naming the scope, 3 sign-in, 5 network)', () => {
  const pass = '/open-apis/approval/v4/tasks/pass';
  const listReads = () => sandbox.requests.filter((r) => r.path.endsWith('/v4/tasks')).length;

  it('"already done" (1390010) on the write: the list is read again first, then exit 4 saying what it shows', async () => {
    const [id] = await actable();
    sandbox.route('POST', pass, () => {
      sandbox.data.removeTask('1', id!);
      return { status: 400, body: { code: 1390010, msg: 'task not found' } };
    });
    const before = listReads();
    const result = await cli.run(['approve', id!]);
    expect(result.code).toBe(4);
    expect(result.err).toHaveLength(1);
    expect(result.stderr).toMatch(/already handled.*it has left your to-do list/);
    expect(result.stderr).toContain('code 1390010');
    expect(listReads() - before).toBe(2);
    expect(writes()).toHaveLength(1);
  });

  it('a permission error that names no scope still names approval:task:write (exit 4)', async () => {
    const [id] = await actable();
    sandbox.route('POST', pass, () => ({ status: 400, body: { code: 99991679, msg: 'no permission' } }));
    const result = await cli.run(['approve', id!]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('approval:task:write');
    expect(writes()).toHaveLength(1);
  });

  it('a sign-in refused on the write exits 3, without a re-read or a second write', async () => {
    const [id] = await actable();
    sandbox.route('POST', pass, () => ({ status: 401, body: { code: 99991668, msg: 'invalid token' } }));
    const before = listReads();
    const result = await cli.run(['approve', id!]);
    expect(result.code).toBe(3);
    expect(listReads() - before).toBe(1);
    expect(writes()).toHaveLength(1);
  });

  it('a reject of a task without API actions says "cannot be rejected" (exit 4, no write)', async () => {
    const result = await cli.run(['reject', sandbox.approvals.noApiTaskId!, '--comment', 'no']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/cannot be rejected through the API/);
    expect(writes()).toHaveLength(0);
  });
});
