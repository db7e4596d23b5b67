import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppCore } from '../../../shared/app/app-core';
import type { AppCore } from '../../../shared/app/app-core';
import type { StatePort } from '../../../shared/app/app-ports';
import { staticTokenSource } from '../../../shared/auth/token-source';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { createCallCounterState, parseCallCounterState } from '../../../shared/quota/call-counter';
import { defaultSettings } from '../../../shared/settings/settings';
import { createLookedState, parseLookedState } from '../../../shared/tasks/looked-ledger';
import { createSeenState, parseSeenState } from '../../../shared/tasks/seen-ledger';
import { createConfirmDialog } from '../../../electron/main/dialog-adapter';
import { createExternalOpener } from '../../../electron/main/external-opener';
import { createNotifier } from '../../../electron/main/notification-adapter';
import { createPlatformBadge } from '../../../electron/main/platform-badge';
import { createTrayAdapter } from '../../../electron/main/tray-adapter';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createJsonStateFile } from '../../../electron/state/json-state-file';
import { FakeDialog, FakeShell, fakeApp, fakeNativeImage, fakeNotificationElectron, fakeTrayElectron } from '../../fakes/electron';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';

// The tray app end to end, minus the Electron binary: the core with the real Electron adapters
// (tray, notifications, shell, badge) around typed fakes of Electron, the real sandbox over HTTP
// and the real state files on disk. What a user sees: one notification per new task with the
// right text, a click that opens exactly the policy-approved URL, no repeats after a restart.

let sandbox: Sandbox;
let stateDir: string;
let core: AppCore | null = null;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 4 } });
  stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-app-'));
});
afterEach(async () => {
  await core?.stop();
  await sandbox.close();
});

function fileState<T>(name: string, parse: (input: unknown) => T, fallback: () => T): StatePort<T> {
  const file = createJsonStateFile(join(stateDir, name), { parse, fallback });
  return { read: async () => (await file.read()).value, write: (value) => file.write(value) };
}

async function launch() {
  const recorder = createRecordingPorts();
  const notifications = fakeNotificationElectron();
  const shell = new FakeShell();
  const trayElectron = fakeTrayElectron();
  const app = fakeApp();
  const clock = createManualClock(Date.now());
  const client = createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(sandbox.demoToken) });
  const account = { id: 'a', region: 'custom' as const, baseUrl: sandbox.url, mode: 'user-token' as const, userIdType: 'open_id' as const, userId: sandbox.demoUserId, needsSignIn: false, callbackPort: 47321 };
  const created = createAppCore({
    ...recorder.ports,
    clock,
    random: () => 0.5,
    session: { demo: false, account, keychain: { available: true }, fetchTopic: (topic, signal) => client.queryTopic({ userId: sandbox.demoUserId, topic, signal }) },
    settings: defaultSettings,
    locale: () => 'en',
    utcOffsetMinutes: () => 0,
    seen: fileState('seen.json', parseSeenState, createSeenState),
    looked: fileState('looked.json', parseLookedState, createLookedState),
    calls: fileState('calls.json', parseCallCounterState, createCallCounterState),
    notifier: createNotifier(notifications, { log: recorder.ports.log, platform: 'linux' }),
    opener: createExternalOpener({ shell, confirm: createConfirmDialog(new FakeDialog()), context: () => ({}), allowHost: () => undefined, language: () => 'en', log: recorder.ports.log }),
    tray: createTrayAdapter(trayElectron, { platform: 'linux', onEvent: (event) => created.trayEvent(event), onToggleWindow: () => undefined }),
    badge: createPlatformBadge({ app, nativeImage: fakeNativeImage() }, { platform: 'linux', getWindow: () => null, log: recorder.ports.log }),
  });
  core = created;
  await created.start();
  // The first poll over real HTTP: a fresh worker on a busy machine can take seconds.
  await vi.waitFor(() => expect(created.getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), { timeout: 15_000 });
  return { core: created, clock, notifications, shell, trayElectron, app };
}

describe('tray app with Electron fakes', () => {
  it('a new task → exactly one notification with the right text → its click opens exactly its approved URL', async () => {
    const { core: app, clock, notifications, shell } = await launch();
    expect(notifications.shown.map((n) => n.options.title)).toEqual(['4 approvals to do']);
    await clock.advance(60_000);
    const task = sandbox.data.addTask('1', {
      task_id: 'new-1',
      title: '采购申请：显示器 ×2',
      definition_name: '采购申请',
      initiators: ['ou_3f1a9c0b2d4e5f60718293a4b5c6d7e8'],
      initiator_names: ['张伟'],
      urls: { pc: 'https://applink.feishu.cn/client/approval?instanceCode=new-1', mobile: 'javascript:alert(1)' },
    });
    await app.refresh();
    expect(notifications.shown).toHaveLength(2);
    const note = notifications.shown[1]!;
    expect(note.options).toMatchObject({ title: '采购申请：显示器 ×2', body: '采购申请 · from 张伟' });
    note.click();
    await vi.waitFor(() => expect(shell.opened).toEqual([(task.urls as { pc: string }).pc]));
  });

  it('shows the count in the tray and the newest task first in its menu; a menu click opens it', async () => {
    const { core: app, clock, trayElectron, shell, app: electronApp } = await launch();
    const tray = trayElectron.trays[0]!;
    expect(tray.toolTip).toMatch(/^Approval Tray: 4 to do/);
    await clock.advance(60_000);
    sandbox.data.addTask('1', { task_id: 'new-2', title: 'Contract review: urgent', urls: { pc: 'https://applink.feishu.cn/client/approval?instanceCode=new-2' } });
    await app.refresh();
    expect(tray.toolTip).toMatch(/^Approval Tray: 5 to do/);
    expect(electronApp.calls.filter((c) => c.method === 'setBadgeCount').at(-1)?.args).toEqual([5]);
    const menu = tray.contextMenu!;
    const taskItems = menu.labels().filter((label) => !['---'].includes(label));
    expect(taskItems).toContain('Contract review: urgent');
    menu.click('Contract review: urgent');
    await vi.waitFor(() => expect(shell.opened).toEqual(['https://applink.feishu.cn/client/approval?instanceCode=new-2']));
  });

  it('after a restart with the state on disk nothing is notified again', async () => {
    const first = await launch();
    expect(first.notifications.shown).toHaveLength(1);
    await first.core.stop();
    const second = await launch();
    expect(second.notifications.shown).toHaveLength(0);
    expect(second.core.getState().counts['1']).toEqual({ total: 4, capped: false });
  });

  it('"new" is remembered across a restart: a row seen before it stays cleared, an unseen one stays new, and so does the tray', async () => {
    const first = await launch();
    await first.clock.advance(60_000);
    sandbox.data.addTask('1', { task_id: 'seen-one', title: 'Seen before the restart' });
    sandbox.data.addTask('1', { task_id: 'unseen-one', title: 'Not seen yet' });
    await first.core.refresh();
    first.core.markSeen('1', ['seen-one']);
    const tray = first.trayElectron.trays[0]!;
    expect(tray.toolTip).toMatch(/1 new/);
    await first.core.stop();
    const second = await launch();
    const newIds = second.core.getTopic('1').tasks.filter((task) => task.isNew).map((task) => task.id);
    expect(newIds).toEqual(['unseen-one']);
    expect(second.trayElectron.trays[0]!.toolTip).toMatch(/1 new/);
  });
});
