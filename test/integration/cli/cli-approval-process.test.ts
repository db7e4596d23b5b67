import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { cliEnv, spawnCli } from './cli-spawn';

// show, approve and reject as a user runs them (real processes against the sandbox): the JSON
// shapes of the README and the exit codes — 4 with a one-line reason for a task that cannot be
// acted on or a missing scope (named), 3 for sign-in problems.

let sandbox: Sandbox;
let stateDir: string;
let todo: { task_id: string; support_api_operate?: boolean }[];

beforeAll(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 7 } });
  stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-approval-'));
  const response = await fetch(`${sandbox.url}/open-apis/approval/v4/tasks?topic=1`, { headers: { Authorization: `Bearer ${sandbox.demoToken}` } });
  todo = ((await response.json()) as { data: { tasks: typeof todo } }).data.tasks;
});
afterAll(() => sandbox.close());

function cli(args: string[], env: Record<string, string> = {}) {
  return spawnCli(args, { env: cliEnv({ APPROVAL_TRAY_STATE_DIR: stateDir, FEISHU_BASE_URL: sandbox.url, FEISHU_USER_ID: sandbox.demoUserId, FEISHU_USER_ACCESS_TOKEN: sandbox.demoToken, ...env }) });
}
const actable = () => todo.filter((t) => t.support_api_operate === true).map((t) => t.task_id);
const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('show, approve, reject as processes', { timeout: 120_000 }, () => {
  it('show --json prints exactly the documented object', async () => {
    const id = actable()[0]!;
    const result = await cli(['show', id, '--json']);
    expect(result.code).toBe(0);
    oneLine(result.stdout);
    const doc = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['task_id', 'instance_code', 'title', 'definition_name', 'initiator_name', 'submitted_at', 'waiting_since', 'summaries', 'form', 'can_act']);
    expect(doc.task_id).toBe(id);
    expect(doc.can_act).toBe(true);
    expect(new Date(String(doc.submitted_at)).toISOString()).toBe(doc.submitted_at);
    expect(Date.parse(String(doc.waiting_since))).toBeGreaterThan(Date.parse(String(doc.submitted_at)));
    for (const field of doc.form as Record<string, unknown>[]) expect(Object.keys(field)).toEqual(['name', 'type', 'value']);
    for (const pair of doc.summaries as Record<string, unknown>[]) expect(Object.keys(pair)).toEqual(['key', 'value']);
  });

  it('approve --json and reject --json print the documented object, and the task leaves the to-do list', async () => {
    const [a, b] = actable().slice(1);
    const approved = await cli(['approve', a!, '--comment', '同意', '--json']);
    expect(approved).toMatchObject({ code: 0, stdout: `{"task_id":"${a}","action":"approve","ok":true}\n` });
    const rejected = await cli(['reject', b!, '--comment', 'Over budget', '--json']);
    expect(rejected).toMatchObject({ code: 0, stdout: `{"task_id":"${b}","action":"reject","ok":true}\n` });
    expect(sandbox.data.tasks('1').map((t) => t.task_id)).not.toContain(a);
    const again = await cli(['approve', a!]);
    expect(again.code).toBe(4);
    oneLine(again.stderr);
    expect(again.stderr).toMatch(/not in your to-do list/);
    const shown = JSON.parse((await cli(['show', a!, '--json'])).stdout) as { can_act: boolean };
    expect(shown.can_act).toBe(false);
  });

  it('exits 4 with a one-line reason for a signature task and a no-API task', async () => {
    const signature = await cli(['approve', sandbox.approvals.signatureTaskId!]);
    expect(signature.code).toBe(4);
    oneLine(signature.stderr);
    expect(signature.stderr).toMatch(/handwritten signature/);
    const refusesBefore = sandbox.requests.filter((r) => r.path.endsWith('/tasks/refuse')).length;
    const noApi = await cli(['reject', sandbox.approvals.noApiTaskId!, '--comment', 'no']);
    expect(noApi.code).toBe(4);
    oneLine(noApi.stderr);
    expect(noApi.stderr).toMatch(/support_api_operate is false.*open it in Feishu/);
    // Refused before any write went out: the list said the API cannot act on it.
    expect(sandbox.requests.filter((r) => r.path.endsWith('/tasks/refuse')).length).toBe(refusesBefore);
  });

  it('exits 4 naming a missing scope, and 3 for a bad token', async () => {
    sandbox.tokens.restrictScopes(sandbox.demoToken, { notGranted: ['approval:task:write'] });
    try {
      const id = actable().at(-1)!;
      const scope = await cli(['approve', id]);
      expect(scope.code).toBe(4);
      oneLine(scope.stderr);
      expect(scope.stderr).toContain('approval:task:write');
    } finally {
      sandbox.tokens.restrictScopes(sandbox.demoToken, {});
    }
    const bad = await cli(['show', todo[0]!.task_id, '--json'], { FEISHU_USER_ACCESS_TOKEN: 'u-not-a-real-token' });
    expect(bad.code).toBe(3);
    expect(bad.stdout).toBe('');
  });
});
