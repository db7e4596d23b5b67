import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { defaultSettings } from '../../../shared/settings/settings';
import { createCoreHarness } from './core-harness';

// The main-process core against the real sandbox: what the user would notice — notifications,
// the badge, the tray state, what a click opens, no repeats after a restart, no polling asleep.

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 6, '2': 40, '17': 2 } });
});
afterEach(() => sandbox.close());

async function started(harness: ReturnType<typeof createCoreHarness>) {
  await harness.core.start();
  await vi.waitFor(() => expect(harness.core.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), { timeout: 15_000 }); // first poll over real HTTP
  return harness;
}

describe('first run', () => {
  it('reports the backlog as one summary, draws the count and says "up to date"', async () => {
    const h = await started(createCoreHarness(sandbox));
    expect(h.notifications).toHaveLength(1);
    expect(h.notifications[0]?.request.title).toMatch(/6/);
    expect(h.badges.at(-1)).toBe(6);
    expect(h.lastTray()).toMatchObject({ iconState: 'ok', badgeCount: 6 });
    expect(h.core.getState().counts['1']).toEqual({ total: 6, capped: false });
    // Only to-do is polled by default: one API call, topic 1.
    expect(h.apiCalls().map((r) => r.query.topic)).toEqual(['1']);
  });
});

describe('a new task arrives', () => {
  it('raises exactly one notification with its title, definition and initiator; a click opens its pc URL', async () => {
    const h = await started(createCoreHarness(sandbox));
    await h.clock.advance(1000);
    const added = sandbox.data.addTask('1', { title: '报销：出差北京', task_id: 'fresh-1' });
    await h.core.refresh();
    expect(h.lastTray()?.iconState).toBe('new');
    expect(h.notifications).toHaveLength(2);
    const note = h.notifications[1]!;
    expect(note.request.title).toBe('报销：出差北京');
    const definition = String((added as { definition_name?: unknown }).definition_name ?? '');
    expect(note.request.body).toContain(definition);
    note.click();
    await vi.waitFor(() => expect(h.opened).toEqual([(added.urls as { pc: string }).pc]));
    expect(h.badges.at(-1)).toBe(7);
    // Opening it from the notification is seeing it: the tray no longer calls it new.
    expect(h.lastTray()?.iconState).toBe('ok');
  });

  it('a task whose link is not safe opens the window at that task instead', async () => {
    const h = await started(createCoreHarness(sandbox));
    sandbox.data.addTask('1', { task_id: 'evil', title: 'Click me', urls: { pc: 'javascript:alert(1)', mobile: 'file:///etc/passwd' } });
    await h.core.refresh();
    h.notifications.at(-1)?.click();
    expect(h.opened).toEqual([]);
    expect(h.windowShown()).toBe(1);
    expect(h.sentOn('nav:show-task')).toEqual([{ topic: '1', taskId: 'evil' }]);
    expect(await h.core.openTask('1', 'evil', 'pc')).toMatchObject({ ok: false, kind: 'no-safe-link' });
    expect(h.core.getTopic('1').tasks.find((t) => t.id === 'evil')?.openable).toEqual({ pc: false, mobile: false, helpdesk: false });
  });

  it('more than three at once become one grouped notification', async () => {
    const h = await started(createCoreHarness(sandbox));
    for (let i = 0; i < 4; i++) sandbox.data.addTask('1', { task_id: `burst-${i}` });
    await h.core.refresh();
    expect(h.notifications).toHaveLength(2);
    expect(h.notifications[1]?.request.title).toMatch(/4/);
  });
});

describe('restart', () => {
  it('with the persisted ledger nothing is announced again; what came meanwhile is', async () => {
    const first = await started(createCoreHarness(sandbox));
    await first.core.stop();
    sandbox.data.addTask('1', { task_id: 'while-closed', title: 'Arrived while closed' });
    const second = await started(createCoreHarness(sandbox, { seen: { value: first.seen.value } }));
    expect(second.notifications.map((n) => n.request.title)).toEqual(['Arrived while closed']);
    await second.core.stop();
    const third = await started(createCoreHarness(sandbox, { seen: { value: second.seen.value } }));
    expect(third.notifications).toEqual([]);
  });
});

describe('gone tasks', () => {
  it('update the badge at once', async () => {
    const h = await started(createCoreHarness(sandbox));
    const id = String(sandbox.data.tasks('1')[0]?.task_id);
    sandbox.data.removeTask('1', id);
    await h.core.refresh();
    expect(h.badges.at(-1)).toBe(5);
    expect(h.core.getTopic('1').tasks.map((t) => t.id)).not.toContain(id);
  });
});

describe('errors that need a person', () => {
  it('quota exhausted stops polling, says so in the tray, and makes no more calls', async () => {
    const h = await started(createCoreHarness(sandbox));
    sandbox.setFault({ kind: 'quota-exhausted' });
    await h.core.refresh();
    await vi.waitFor(() => expect(h.core.getState().poller).toMatchObject({ kind: 'stopped', reason: 'quota-exhausted' }));
    expect(h.lastTray()?.iconState).toBe('error');
    const before = h.apiCalls().length;
    await h.clock.advance(6 * 3_600_000);
    expect(h.apiCalls().length).toBe(before);
    // The last good data is kept.
    expect(h.core.getTopic('1').tasks).toHaveLength(6);
    expect(h.core.getTopic('1').error).toMatchObject({ kind: 'quota-exhausted' });
  });
});

describe('power and window triggers', () => {
  it('does not poll while the machine sleeps, and polls at once on wake', async () => {
    const h = await started(createCoreHarness(sandbox));
    const before = h.apiCalls().length;
    h.core.power('suspend');
    await h.clock.advance(10 * 3_600_000);
    expect(h.apiCalls().length).toBe(before);
    h.core.power('resume');
    await vi.waitFor(() => expect(h.apiCalls().length).toBe(before + 1));
  });

  it('a user pause survives sleep and wake', async () => {
    const h = await started(createCoreHarness(sandbox));
    h.core.trayEvent({ kind: 'action', action: 'pause-hour' });
    h.core.power('suspend');
    h.core.power('resume');
    expect(h.core.getState().poller.kind).toBe('paused');
  });

  it('opening the window on another topic fetches it once; again within a minute does not', async () => {
    const h = await started(createCoreHarness(sandbox));
    h.core.windowShown('2');
    await vi.waitFor(() => expect(h.core.getTopic('2').tasks).toHaveLength(40));
    const calls = h.apiCalls().length;
    await h.clock.advance(30_000);
    h.core.windowShown('2');
    await h.clock.flush();
    expect(h.apiCalls().length).toBe(calls);
  });
});

describe('window requests', () => {
  it('marking rows seen clears exactly those rows; the tray\'s "N new" follows', async () => {
    const h = await started(createCoreHarness(sandbox));
    await h.clock.advance(1000); // time passes between polls
    sandbox.data.addTask('1', { task_id: 'n1' });
    sandbox.data.addTask('1', { task_id: 'n2' });
    await h.core.refresh();
    const newIds = () => h.core.getTopic('1').tasks.filter((t) => t.isNew).map((t) => t.id).sort();
    expect(newIds()).toEqual(['n1', 'n2']);
    expect(h.lastTray()?.tooltip).toMatch(/2 new/);
    h.core.markSeen('1', ['n1', 'not-listed']);
    expect(newIds()).toEqual(['n2']);
    expect(h.lastTray()?.tooltip).toMatch(/1 new/);
    h.core.markSeen('1', ['n2']);
    expect(newIds()).toEqual([]);
    expect(h.lastTray()?.iconState).toBe('ok');
    expect(h.looked.value.topics['1']?.ids).not.toContain('not-listed');
  });

  it('opening a task counts as seeing it, even when it has no link to open', async () => {
    const h = await started(createCoreHarness(sandbox));
    await h.clock.advance(1000);
    sandbox.data.addTask('1', { task_id: 'n1', urls: { pc: 'javascript:alert(1)' } });
    await h.core.refresh();
    expect(await h.core.openTask('1', 'n1', 'pc')).toMatchObject({ ok: false });
    expect(h.core.getTopic('1').tasks.find((t) => t.id === 'n1')?.isNew).toBe(false);
  });

  it('what was seen survives a restart of the core on the same state; what was not stays new', async () => {
    const first = await started(createCoreHarness(sandbox));
    await first.clock.advance(1000);
    sandbox.data.addTask('1', { task_id: 'n1' });
    sandbox.data.addTask('1', { task_id: 'n2' });
    await first.core.refresh();
    first.core.markSeen('1', ['n1']);
    await first.core.stop();
    const second = await started(createCoreHarness(sandbox, { seen: first.seen, looked: first.looked }));
    expect(second.core.getTopic('1').tasks.filter((t) => t.isNew).map((t) => t.id)).toEqual(['n2']);
    expect(second.lastTray()?.tooltip).toMatch(/1 new/);
    await second.core.stop();
  });

  it('copies only policy-approved links and counts API calls for the month', async () => {
    const h = await started(createCoreHarness(sandbox));
    const task = h.core.getTopic('1').tasks[0]!;
    expect(h.core.copyLink('1', task.id, 'mobile')).toEqual({ ok: true, value: undefined });
    expect(h.clipboard).toEqual([task.links.mobile]);
    expect(h.core.getState().quota).toMatchObject({ callsThisMonth: 1, monthlyBudget: 3000 });
  });

  it('tray menu actions reach the right places', async () => {
    const h = await started(createCoreHarness(sandbox));
    h.core.trayEvent({ kind: 'action', action: 'settings' });
    h.core.trayEvent({ kind: 'action', action: 'open-window' });
    h.core.trayEvent({ kind: 'action', action: 'quit' });
    expect([h.settingsShown(), h.windowShown(), h.quits()]).toEqual([1, 1, 1]);
    const task = h.core.getTopic('1').tasks[0]!;
    h.core.trayEvent({ kind: 'task', taskId: task.id });
    await vi.waitFor(() => expect(h.opened).toEqual([task.links.pc]));
  });
});

describe('quiet hours', () => {
  it('holds what arrives while quiet and tells it as one digest when they end', async () => {
    // The harness's clock reads 10:00 local (UTC+8): inside 09:00–11:00.
    const notifications = { ...defaultSettings().notifications, quietHours: { enabled: true, start: '09:00', end: '11:00' } };
    const h = await started(createCoreHarness(sandbox, { settings: { notifications } }));
    expect(h.notifications).toEqual([]);
    sandbox.data.addTask('1', { task_id: 'night-1', title: 'Night one' });
    await h.core.refresh();
    sandbox.data.addTask('1', { task_id: 'night-2', title: 'Night two' });
    await h.core.refresh();
    expect(h.notifications).toEqual([]);
    await h.clock.advance(61 * 60_000);
    await h.core.refresh();
    await vi.waitFor(() => expect(h.notifications.map((n) => n.request.title)).toEqual(['During quiet hours: 2 new approvals']));
    expect(h.notifications[0]!.request.body).toContain('Night one');
    expect(h.notifications[0]!.request.body).toContain('Night two');
    await h.core.refresh();
    expect(h.notifications).toHaveLength(1);
  });
});
