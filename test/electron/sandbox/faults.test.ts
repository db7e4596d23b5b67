import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { control, postControl, queryTasks } from './sandbox-query';

describe('sandbox faults', () => {
  let sandbox: Sandbox;
  beforeAll(async () => (sandbox = await startSandbox({ seed: 5, tasksPerTopic: { '1': 30 } })));
  afterAll(() => sandbox.close());
  beforeEach(() => sandbox.setFault(null));
  const ask = (extra: Record<string, string> = {}) => queryTasks(sandbox, { user_id: sandbox.demoUserId, topic: '1', page_size: '10', ...extra });

  it.each([
    ['token-expired', 400, 99991677],
    ['token-invalid', 400, 99991668],
    ['quota-exhausted', 400, 99991403],
    ['permission', 400, 99991672],
    ['bad-request', 400, 1390001],
    ['server-error', 500, 1395001],
  ] as const)('%s answers HTTP %i with code %i, then recovers after `times`', async (kind, status, code) => {
    sandbox.setFault({ kind, times: 1 });
    const failed = await ask();
    expect([failed.status, failed.body.code]).toEqual([status, code]);
    expect(failed.body.msg).toBeTruthy();
    expect((await ask()).body.code).toBe(0);
  });

  it('permission names the missing scope', async () => {
    sandbox.setFault({ kind: 'permission' });
    expect((await ask()).body.msg).toContain('approval:approval:readonly');
  });

  it('rate-limited answers 429 with 99991400 and the reset header in seconds', async () => {
    sandbox.setFault({ kind: 'rate-limited', resetSeconds: 7, times: 2 });
    for (let i = 0; i < 2; i++) {
      const limited = await ask();
      expect([limited.status, limited.body.code]).toEqual([429, 99991400]);
      expect(limited.headers.get('x-ogw-ratelimit-reset')).toBe('7');
    }
    expect((await ask()).status).toBe(200);
  });

  it('server-error can use another 5xx status and lasts until cleared without `times`', async () => {
    sandbox.setFault({ kind: 'server-error', status: 503 });
    expect((await ask()).status).toBe(503);
    expect((await ask()).status).toBe(503);
    sandbox.setFault(null);
    expect((await ask()).status).toBe(200);
  });

  it('malformed-json sends a truncated body with HTTP 200', async () => {
    sandbox.setFault({ kind: 'malformed-json', times: 1 });
    const answer = await ask();
    expect(answer.status).toBe(200);
    expect(() => JSON.parse(answer.text)).toThrow();
  });

  it('slow holds the answer for delayMs, then answers normally', async () => {
    sandbox.setFault({ kind: 'slow', delayMs: 300, times: 1 });
    const started = performance.now();
    const answer = await ask();
    expect(performance.now() - started).toBeGreaterThanOrEqual(280);
    expect(answer.body.code).toBe(0);
  });

  it('repeat-page-token keeps handing back the same token with has_more', async () => {
    sandbox.setFault({ kind: 'repeat-page-token', times: 3 });
    const first = await ask();
    const second = await ask({ page_token: first.body.data!.page_token! });
    const third = await ask({ page_token: second.body.data!.page_token! });
    expect(second.body.data!.page_token).toBe(first.body.data!.page_token);
    expect(third.body.data).toMatchObject({ has_more: true, page_token: first.body.data!.page_token });
    expect(third.body.data!.tasks.map((t) => t.task_id)).toEqual(second.body.data!.tasks.map((t) => t.task_id));
  });

  it('can be set and cleared over HTTP from another process, and refuses nonsense', async () => {
    expect((await postControl(sandbox, 'fault', { kind: 'quota-exhausted', times: 1 })).status).toBe(200);
    expect((await ask()).body.code).toBe(99991403);
    expect((await ask()).body.code).toBe(0);
    await postControl(sandbox, 'fault', { kind: 'token-expired' });
    expect((await ask()).body.code).toBe(99991677);
    await postControl(sandbox, 'fault', {});
    expect((await ask()).body.code).toBe(0);
    const bad = await postControl(sandbox, 'fault', { kind: 'meteor-strike' });
    expect(bad.status).toBe(400);
    expect(String(bad.body.error)).toContain('rate-limited');
    expect((await postControl(sandbox, 'fault', { kind: 'slow', delayMs: -1 })).status).toBe(400);
    const notJson = await control(sandbox, 'fault', { body: '{kind' });
    expect(notJson.status).toBe(400);
  });

  it('faults hit only the tasks endpoint, not the sandbox knobs', async () => {
    sandbox.setFault({ kind: 'server-error' });
    const state = await control(sandbox, 'state');
    expect(state.status).toBe(200);
    expect(((await state.json()) as { fault: { kind: string } }).fault.kind).toBe('server-error');
  });
});
