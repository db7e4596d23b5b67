import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import type { DecisionView } from '../../../shared/ipc/view-types';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createCoreHarness } from './core-harness';

// Approve / reject from the app against the sandbox over real HTTP on 127.0.0.1: the core's
// decision queue with the real approval client, the undo window on a manual clock.

const WAIT = { timeout: 10_000 };
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 6, '2': 2 } });
});
afterEach(() => sandbox.close());

function start(settingsPatch: Partial<Settings['approvals']> = {}) {
  const h = createCoreHarness(sandbox, {
    approvals: true,
    start: Date.UTC(2026, 11, 3, 1, 0),
    settings: { approvals: { ...defaultSettings().approvals, showDetails: false, actFromApp: true, ...settingsPatch } },
  });
  const todoIds = () => h.core.getTopic('1').tasks.map((task) => task.id);
  const pushedDecisions = () => h.sent.filter((event) => event.channel === 'tasks:decisions-changed').map((event) => event.payload as DecisionView[]);
  return { ...h, recorder: h, todoIds, pushedDecisions, callsThisMonth: () => h.core.getState().quota.callsThisMonth };
}

const writes = () => sandbox.requests.filter((r) => r.method === 'POST' && /\/tasks\/(pass|refuse)$/.test(r.path));
const sandboxTodo = () => sandbox.data.tasks('1').map((task) => String(task.task_id));
const sandboxDone = () => sandbox.data.tasks('2').map((task) => String(task.task_id));
const actable = async () => {
  const response = await fetch(`${sandbox.url}/open-apis/approval/v4/tasks?topic=1`, { headers: { Authorization: `Bearer ${sandbox.demoToken}` } });
  const tasks = ((await response.json()) as { data: { tasks: { task_id: string; support_api_operate?: boolean }[] } }).data.tasks;
  return tasks.filter((t) => t.support_api_operate === true && t.task_id !== sandbox.approvals.signatureTaskId).map((t) => t.task_id);
};

async function started(settingsPatch?: Partial<Settings['approvals']>) {
  const h = start(settingsPatch);
  await h.core.start();
  await vi.waitFor(() => expect(h.core.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), WAIT);
  // With "Approve from the app" on, the enrichment reads the approval list after the first poll
  // (support_api_operate per row): let it finish so the call counts below start from rest.
  if (settingsPatch?.actFromApp !== false) await vi.waitFor(() => expect(sandbox.requests.some((r) => r.path.endsWith('/approval/v4/tasks'))).toBe(true), WAIT);
  await vi.waitFor(() => expect(h.callsThisMonth()).toBe(sandbox.requests.length), WAIT);
  return h;
}

describe('approve from the app, against the sandbox', () => {
  it('the task leaves the list, the tray and the badge at once; after 5 s one pass moves it from topic 1 to 2', async () => {
    const h = await started();
    const [id] = await actable();
    const before = h.todoIds().length;
    const callsBefore = h.callsThisMonth();

    const outcome = await h.core.decide({ taskId: id!, action: 'approve', comment: '同意' });
    expect(outcome).toMatchObject({ ok: true, value: { taskId: id, state: 'waiting' } });
    // Within the undo window nothing has happened yet: the row and the counts stay.
    expect(h.todoIds()).toContain(id);
    expect(h.core.getState().counts['1']?.total).toBe(before);
    expect(h.pushedDecisions().at(-1)).toMatchObject([{ taskId: id, state: 'waiting' }]);

    await h.clock.advance(4_999);
    expect(writes()).toHaveLength(0);
    await h.clock.advance(1);
    // The write goes out: the task leaves the list, the tray and the badge at once.
    expect(h.todoIds()).not.toContain(id);
    expect(h.core.getState().counts['1']?.total).toBe(before - 1);
    expect(h.recorder.badges.at(-1)).toBe(before - 1);
    await vi.waitFor(() => expect(h.core.getDecisions()).toEqual([]), WAIT);
    await vi.waitFor(() => expect(sandbox.requests.filter((r) => r.path.endsWith('/tasks/query')).length).toBeGreaterThanOrEqual(2), WAIT);
    await h.clock.flush();

    expect(writes()).toHaveLength(1);
    expect(sandboxTodo()).not.toContain(id);
    expect(sandboxDone()).toContain(id);
    // The re-poll agrees: the task is gone from the fetched list, not just hidden.
    expect(h.todoIds()).not.toContain(id);
    expect(h.core.getState().counts['1']?.total).toBe(before - 1);
    // Counted: the approval list lookup, the write, the re-poll of to-do.
    expect(h.callsThisMonth()).toBe(callsBefore + 3);
    await h.core.stop();
  });

  it('undone within the window: nothing is sent and the task is back in the list', async () => {
    const h = await started();
    const [id] = await actable();
    await h.core.decide({ taskId: id!, action: 'reject', comment: 'Over budget' });
    await h.clock.advance(3_000);
    expect(h.core.undoDecision(id!)).toEqual({ ok: true, value: undefined });
    await h.clock.advance(30_000);
    expect(writes()).toHaveLength(0);
    expect(h.todoIds()).toContain(id);
    expect(sandboxTodo()).toContain(id);
    await h.core.stop();
  });

  it('a signature task: one write, refused; the row comes back with the reason and Open in Feishu', async () => {
    const h = await started();
    const id = sandbox.approvals.signatureTaskId!;
    await h.core.decide({ taskId: id, action: 'approve' });
    expect(h.todoIds()).toContain(id);
    await h.clock.advance(5_000);
    await vi.waitFor(() => expect(h.core.getDecisions()).toMatchObject([{ taskId: id, state: 'failed', message: expect.stringMatching(/handwritten signature/), openInFeishu: true }]), WAIT);
    expect(h.todoIds()).toContain(id);
    expect(writes()).toHaveLength(1);
    // Remembered: the row no longer offers Approve and says why.
    expect(h.core.getTopic('1').tasks.find((task) => task.id === id)?.details?.action).toEqual({ can: false, reason: 'signature' });
    h.core.dismissDecision(id);
    expect(h.core.getDecisions()).toEqual([]);
    await h.core.stop();
  });

  it('support_api_operate false: no write at all', async () => {
    const h = await started();
    const id = sandbox.approvals.noApiTaskId!;
    await h.core.decide({ taskId: id, action: 'approve' });
    await h.clock.advance(5_000);
    await vi.waitFor(() => expect(h.core.getDecisions()).toMatchObject([{ state: 'failed', openInFeishu: true }]), WAIT);
    expect(writes()).toHaveLength(0);
    await h.core.stop();
  });

  it('a "try later" answer is never resent: the to-do list is re-polled and the user told it is still there', async () => {
    const h = await started();
    const [id] = await actable();
    sandbox.route('POST', '/open-apis/approval/v4/tasks/pass', () => ({ status: 500, body: { code: 1395001, msg: 'try later' } }));
    await h.core.decide({ taskId: id!, action: 'approve' });
    await h.clock.advance(5_000);
    await vi.waitFor(() => expect(h.core.getDecisions()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/still in your to-do list, so nothing was done/) }]), WAIT);
    expect(h.todoIds()).toContain(id);
    await h.clock.advance(30 * 60_000);
    expect(writes()).toHaveLength(1);
    await h.core.stop();
  });

  it('handled elsewhere during the undo window: no write, the list is re-polled and the row says so', async () => {
    const h = await started();
    const [id] = await actable();
    await h.core.decide({ taskId: id!, action: 'approve' });
    sandbox.data.removeTask('1', id!);
    await h.clock.advance(5_000);
    await vi.waitFor(() => expect(h.core.getDecisions()).toMatchObject([{ state: 'failed', message: expect.stringMatching(/already handled/) }]), WAIT);
    expect(writes()).toHaveLength(0);
    expect(h.todoIds()).not.toContain(id);
    await h.core.stop();
  });

  it('stopping (quit, sign-out) within the undo window sends nothing', async () => {
    const h = await started();
    const [id] = await actable();
    await h.core.decide({ taskId: id!, action: 'approve' });
    await h.clock.advance(1_000);
    await h.core.stop();
    await h.clock.advance(60_000);
    expect(writes()).toHaveLength(0);
    expect(sandboxTodo()).toContain(id);
  });

  it('"Approve from the app" off: refused, nothing queued', async () => {
    const h = await started({ actFromApp: false });
    const [id] = await actable();
    expect(await h.core.decide({ taskId: id!, action: 'approve' })).toMatchObject({ ok: false, kind: 'turned-off' });
    expect(h.todoIds()).toContain(id);
    await h.core.stop();
  });
});
