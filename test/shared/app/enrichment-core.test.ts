import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { APPROVAL_SCOPES } from '../../../shared/approval/approval-scopes';
import type { TaskView } from '../../../shared/ipc/view-types';
import { ENRICHMENT_SHARE } from '../../../shared/quota/enrichment-share';
import { defaultSettings } from '../../../shared/settings/settings';
import { createCoreHarness } from './core-harness';

// Issue #11's details enrichment through the real core, against the sandbox over real HTTP on
// 127.0.0.1: what the user sees (summaries, waiting time, what can be done, the detail view, the
// notification) and what it costs (every call counted, nothing fetched twice, nothing after a
// scope is known to be missing, a longer poll interval when the budget is tight, but only by the
// enrichment's share).

const WAIT = { timeout: 15_000 };
let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 3 } });
});
afterEach(() => sandbox.close());

type Harness = ReturnType<typeof createCoreHarness>;
const count = (suffix: string) => sandbox.requests.filter((r) => r.path.endsWith(suffix)).length;
const enrichmentCalls = () => ({ list: count('/approval/v4/tasks'), detail: count('/instances/detail') });
const todo = (h: Harness): TaskView[] => h.core.getTopic('1').tasks;
const withWaiting = (h: Harness) => todo(h).filter((task) => task.details?.waitingSince != null).length;

async function started(h: Harness, detailed: number) {
  await h.core.start();
  await vi.waitFor(() => expect(h.core.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), WAIT);
  await vi.waitFor(() => expect(withWaiting(h)).toBe(detailed), WAIT);
  return h;
}

describe('after a poll with new to-dos', () => {
  it('rows carry up to three summaries, when the task started waiting and whether it can be acted on; every call is counted', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    for (const task of todo(h)) {
      expect(task.details?.instanceCode).toBeTruthy();
      expect(task.details!.summaries.length).toBeLessThanOrEqual(3);
      expect(task.details!.waitingSince).toEqual(expect.any(Number));
    }
    // The demo's purchase request has no summary (its items are a table); the others do.
    expect(todo(h).filter((task) => task.details!.summaries.length > 0).length).toBeGreaterThanOrEqual(2);
    // One list and one detail per to-do, on top of the poll; the meter saw each of them.
    expect(enrichmentCalls()).toEqual({ list: 1, detail: 3 });
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);
    expect(sandbox.requests.length).toBe(5);
    // "Approve from the app" is off by default; the task the API refuses says so whatever the setting.
    const action = (id: string | null) => todo(h).find((task) => task.id === id)?.details?.action;
    expect(action(sandbox.approvals.noApiTaskId)).toEqual({ can: false, reason: 'not-supported' });
    const plain = todo(h).find((task) => task.id !== sandbox.approvals.noApiTaskId && task.id !== sandbox.approvals.signatureTaskId)!;
    expect(plain.details?.action).toEqual({ can: false, reason: 'turned-off' });
    h.setSettings({ approvals: { ...defaultSettings().approvals, actFromApp: true } });
    expect(action(plain.id)).toEqual({ can: true });
    // The signature task is listed without support_api_operate: not offered, reason unknown yet.
    expect(action(sandbox.approvals.signatureTaskId)).toEqual({ can: false, reason: 'unknown' });
  });

  it('a poll with nothing new costs nothing more; a new to-do costs one list and one detail, and its notification says what it asks', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    await h.core.refresh();
    await h.clock.flush();
    expect(enrichmentCalls()).toEqual({ list: 1, detail: 3 });

    await h.clock.advance(1000);
    sandbox.data.addTask('1', { task_id: 'fresh-1', title: 'Travel to Beijing', definition_name: '请假' });
    await h.core.refresh();
    await vi.waitFor(() => expect(withWaiting(h)).toBe(4), WAIT);
    expect(enrichmentCalls()).toEqual({ list: 2, detail: 4 });
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);

    const note = h.notifications.at(-1)!;
    expect(note.request.title).toBe('Travel to Beijing');
    const fresh = todo(h).find((task) => task.id === 'fresh-1')!;
    const [first] = fresh.details!.summaries;
    expect(first).toBeDefined();
    expect(note.request.body.split('\n')[1]).toContain(`${first!.key}: ${first!.value}`);
    // The tray's tooltip says it too, on its second line.
    expect(h.lastTray()?.tooltip.split('\n')[1]).toContain(first!.key);
    // Open / Review buttons; Review shows the detail view, it approves nothing.
    expect(note.request.actions?.map((a) => a.id)).toEqual(['open', 'review']);
    note.action('review');
    expect(h.windowShown()).toBe(1);
    expect(h.sentOn('nav:show-task').at(-1)).toEqual({ topic: '1', taskId: 'fresh-1', view: 'detail' });
    expect(count('/tasks/pass') + count('/tasks/refuse')).toBe(0);
  });

  it('forgets a task once it leaves the to-do list (and only then asks about it again)', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    const gone = todo(h)[0]!;
    expect(h.enrichment.value.items[gone.id]).toBeDefined();
    sandbox.data.removeTask('1', gone.id);
    await h.core.refresh();
    await vi.waitFor(() => expect(h.enrichment.value.items[gone.id]).toBeUndefined(), WAIT);
    expect(h.enrichment.value.instances[gone.details!.instanceCode]).toBeUndefined();
    expect(Object.keys(h.enrichment.value.items)).toHaveLength(2);
    expect(enrichmentCalls()).toEqual({ list: 1, detail: 3 });
  });

  it('a restart reads the cache: no call for what it already knows', async () => {
    const first = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    await first.core.stop();
    const again = await started(createCoreHarness(sandbox, { approvals: true, enrichment: first.enrichment, seen: first.seen, looked: first.looked }), 3);
    expect(enrichmentCalls()).toEqual({ list: 1, detail: 3 });
    expect(todo(again).every((task) => task.details !== undefined)).toBe(true);
  });

  it('without the user-level APIs (tenant sign-in, tests) the rows are exactly as before', async () => {
    const h = createCoreHarness(sandbox);
    await h.core.start();
    await vi.waitFor(() => expect(h.core.getState().poller.kind).toBe('idle'), WAIT);
    await h.clock.flush();
    expect(todo(h).every((task) => task.details === undefined)).toBe(true);
    expect(enrichmentCalls()).toEqual({ list: 0, detail: 0 });
  });
});

describe('the detail view', () => {
  it('comes from the cache without a call, with the form, the timeline and the serial number', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    const task = todo(h)[0]!;
    const before = sandbox.requests.length;
    const detail = await h.core.getDetail('1', task.id);
    expect(sandbox.requests.length).toBe(before);
    expect(detail.ok).toBe(true);
    if (!detail.ok) return;
    expect(detail.value).toMatchObject({ topic: '1', taskId: task.id, instanceCode: task.details!.instanceCode, waitingSince: task.details!.waitingSince });
    expect(detail.value.serialNumber).not.toBe('');
    expect(detail.value.form.ok && detail.value.form.fields.length).toBeGreaterThan(0);
    expect(detail.value.timeline.length).toBeGreaterThan(0);
  });

  it('costs one counted call when the detail is not cached yet (more arrivals than a cycle fetches)', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    for (const id of ['fourth', 'fifth', 'sixth', 'seventh']) sandbox.data.addTask('1', { task_id: id });
    await h.core.refresh();
    await h.clock.flush();
    await vi.waitFor(() => expect(withWaiting(h)).toBe(6), WAIT);
    const uncached = todo(h).find((task) => task.details?.waitingSince == null)!;
    const before = sandbox.requests.length;
    const detail = await h.core.getDetail('1', uncached.id);
    expect(detail.ok).toBe(true);
    expect(sandbox.requests.length).toBe(before + 1);
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);
    // Now cached: the row shows its waiting time and the next poll does not fetch it again.
    expect(withWaiting(h)).toBe(7);
    await h.core.refresh();
    await h.clock.flush();
    expect(count('/instances/detail')).toBe(7);
  });

  it('of a done task costs its list and its detail once, then nothing for a second look', async () => {
    sandbox.data.addTask('2', { task_id: 'done-1', definition_name: '请假' });
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    h.core.getTopic('2');
    await vi.waitFor(() => expect(h.core.getTopic('2').tasks.map((task) => task.id)).toContain('done-1'), WAIT);
    const before = sandbox.requests.length;
    const first = await h.core.getDetail('2', 'done-1');
    expect(first).toMatchObject({ ok: true, value: { topic: '2', taskId: 'done-1', action: { can: false, reason: 'not-todo' } } });
    expect(sandbox.requests.length).toBe(before + 2);
    await h.core.getDetail('2', 'done-1');
    expect(sandbox.requests.length).toBe(before + 2);
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);
  });

  it('says which permission is missing instead of failing silently', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true, grantedScopes: [APPROVAL_SCOPES.list] }), 0);
    const detail = await h.core.getDetail('1', todo(h)[0]!.id);
    expect(detail).toMatchObject({ ok: false, kind: 'missing-scope' });
    expect(!detail.ok && detail.message).toContain(APPROVAL_SCOPES.detail);
  });
});

describe('a scope the sign-in lacks', () => {
  it('is learnt from the API (99991679), shown in the app state, and not asked for again', async () => {
    sandbox.tokens.restrictScopes(sandbox.demoToken, { notGranted: [APPROVAL_SCOPES.detail] });
    const h = createCoreHarness(sandbox, { approvals: true });
    await h.core.start();
    await vi.waitFor(() => expect(h.core.getState().approvals.details.missingScopes).toEqual([APPROVAL_SCOPES.detail]), WAIT);
    expect(h.core.getState().approvals.details.active).toBe(false);
    await vi.waitFor(() => expect(h.core.getState().poller.kind).toBe('idle'), WAIT);
    const detailsTried = count('/instances/detail');
    expect(detailsTried).toBe(1);
    sandbox.data.addTask('1', { task_id: 'later' });
    await h.core.refresh();
    await h.clock.flush();
    // The list (its scope is granted) still serves acting; no detail call once the gap is known.
    expect(count('/instances/detail')).toBe(detailsTried);
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);
  });
});

describe('the call budget', () => {
  it('the poll interval makes room for the calls new to-dos cost; the first look at the backlog is a one-off', async () => {
    const settings = { monthlyCallBudget: 200 };
    const plain = createCoreHarness(sandbox, { settings: { ...settings, approvals: { ...defaultSettings().approvals, showDetails: false } } });
    await plain.core.start();
    await vi.waitFor(() => expect(plain.core.getState().poller.kind).toBe('idle'), WAIT);
    await plain.core.stop();
    const without = plain.core.getState().quota.effectiveIntervalMinutes!;
    const plainCalls = sandbox.requests.length;

    const h = await started(createCoreHarness(sandbox, { settings, approvals: true }), 3);
    // Four calls for the backlog (list + 3 details): counted, but not expected to recur.
    const afterBacklog = h.core.getState().quota.effectiveIntervalMinutes!;
    expect(afterBacklog).toBeLessThan(without * 1.1);

    for (const id of ['new-1', 'new-2']) sandbox.data.addTask('1', { task_id: id });
    await h.core.refresh();
    await vi.waitFor(() => expect(withWaiting(h)).toBe(5), WAIT);
    // A cycle now costs its poll plus a list and two details, but the interval counts the
    // enrichment only up to its share: polling on time comes first (at most 1/(1-0.25) longer;
    // the 5% is the month these three calls spent).
    const busy = h.core.getState().quota;
    expect(busy.stretched).toBe(true);
    expect(busy.effectiveIntervalMinutes!).toBeGreaterThan(afterBacklog * 1.2);
    expect(busy.effectiveIntervalMinutes!).toBeLessThanOrEqual((afterBacklog / (1 - ENRICHMENT_SHARE)) * 1.05);
    expect(busy.callsThisMonth).toBe(sandbox.requests.length - plainCalls);
  });
});

describe('when the enrichment’s share is used up', () => {
  it('rows show without details, the window is told they wait for budget, and a detail view still opens', async () => {
    const h = await started(createCoreHarness(sandbox, { approvals: true }), 3);
    // Five arrivals take the share's whole burst: a list and three details.
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) sandbox.data.addTask('1', { task_id: id });
    await h.core.refresh();
    await vi.waitFor(() => expect(withWaiting(h)).toBe(6), WAIT);
    expect(h.core.getState().approvals.details.deferred).toBeUndefined();

    await h.clock.advance(1000);
    sandbox.data.addTask('1', { task_id: 'late', title: 'Late arrival' });
    const before = enrichmentCalls();
    await h.core.refresh();
    await vi.waitFor(() => expect(h.core.getState().approvals.details).toMatchObject({ active: true, deferred: true }), WAIT);
    // No list, no detail: the poll alone went out, and the new row shows as before.
    expect(enrichmentCalls()).toEqual(before);
    expect(todo(h).find((task) => task.id === 'late')?.details).toBeUndefined();
    const lastState = h.sent.filter((event) => event.channel === 'app:state-changed').at(-1)?.payload as ReturnType<typeof h.core.getState>;
    expect(lastState.approvals.details.deferred).toBe(true);

    // The user clicks it: a one-off list and detail, counted like any call.
    const detail = await h.core.getDetail('1', 'late');
    expect(detail).toMatchObject({ ok: true, value: { taskId: 'late' } });
    expect(enrichmentCalls()).toEqual({ list: before.list + 1, detail: before.detail + 1 });
    expect(h.core.getState().quota.callsThisMonth).toBe(sandbox.requests.length);
  });
});
