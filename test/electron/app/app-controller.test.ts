import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';

// The session switch a new user goes through: demo first, then sign in, then sign out — with
// the secrets in the (memory) keychain and never in settings.

let sandbox: Sandbox;
let controller: AppController;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 3 } });
});
afterEach(async () => {
  await controller.shutdown();
  await sandbox.close();
});

async function setup() {
  const recorder = createRecordingPorts();
  const secrets = createMemorySecretStore();
  let settings: Settings = defaultSettings();
  const applied: Settings[] = [];
  const clock = createManualClock(Date.now());
  controller = createAppController({
    settings: { get: () => settings, set: (next) => void (settings = next) },
    secrets,
    keychain: { available: true },
    fetch: (url, init) => fetch(url, init),
    stateDir: await mkdtemp(join(tmpdir(), 'approval-tray-controller-')),
    core: { clock, random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
    openSignInPage: async () => undefined,
    confirmSignInHost: async () => true,
    hideWindow: () => undefined,
    applySettings: (next) => void applied.push(next),
  });
  await controller.start();
  return { recorder, secrets, settings: () => settings, applied, clock, patchSettings: (patch: Partial<Settings>) => void (settings = { ...settings, ...patch }) };
}

const idle = async () =>
  vi.waitFor(() => expect(controller.handlers['app:get-state'](undefined)).toMatchObject({ poller: { kind: 'idle', lastSuccessAt: expect.any(Number) } }));

describe('app controller', () => {
  it('starts in demo mode with the bundled sandbox, then signs in and out', async () => {
    const { secrets, settings, recorder } = await setup();
    await idle();
    const demo = await controller.handlers['app:get-state'](undefined);
    expect(demo.demo).toBe(true);
    expect(demo.counts['1']?.total).toBeGreaterThan(0);
    expect(recorder.lastTray()?.tooltip).toMatch(/Demo/);

    const request = invokeRequestSchemas['auth:sign-in'].parse({ mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: sandbox.demoToken });
    const outcome = await controller.handlers['auth:sign-in'](request);
    expect(outcome).toMatchObject({ ok: true, value: { demo: false, account: { userId: sandbox.demoUserId } } });
    await idle();
    expect((await controller.handlers['app:get-state'](undefined)).counts['1']).toEqual({ total: 3, capped: false });
    const accountId = settings().account?.id ?? '';
    expect(await secrets.get(accountId, 'access-token')).toBe(sandbox.demoToken);
    expect(JSON.stringify(settings())).not.toContain(sandbox.demoToken);

    await controller.handlers['auth:sign-out'](undefined);
    expect(settings().account).toBeNull();
    expect(await secrets.get(accountId, 'access-token')).toBeNull();
    expect((await controller.handlers['app:get-state'](undefined)).demo).toBe(true);
  });

  it('a refused token leaves the app in demo mode with a message to act on', async () => {
    await setup();
    const request = invokeRequestSchemas['auth:sign-in'].parse({ mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: 'u-wrong-token-000000' });
    const outcome = await controller.handlers['auth:sign-in'](request);
    expect(outcome.ok).toBe(false);
    expect(JSON.stringify(outcome)).not.toContain('u-wrong-token-000000');
    expect((await controller.handlers['app:get-state'](undefined)).demo).toBe(true);
  });

  it('settings:update validates, saves, applies and tells the window', async () => {
    const { settings, applied, recorder } = await setup();
    const patch = invokeRequestSchemas['settings:update'].parse({ pollIntervalMinutes: 15, launchAtLogin: true });
    const next = await controller.handlers['settings:update'](patch);
    expect(next).toMatchObject({ pollIntervalMinutes: 15, launchAtLogin: true });
    expect(settings().pollIntervalMinutes).toBe(15);
    expect(applied).toHaveLength(1);
    expect(recorder.sentOn('settings:changed').at(-1)).toMatchObject({ pollIntervalMinutes: 15 });
    expect(() => invokeRequestSchemas['settings:update'].parse({ pollIntervalMinutes: 0 })).toThrow();
  });

  it('decision channels: a reject needs a comment; a decision waits in its undo window and is dropped, unsent, on sign-out', async () => {
    const { recorder, clock, patchSettings, settings } = await setup();
    const signIn = invokeRequestSchemas['auth:sign-in'].parse({ mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: sandbox.demoToken });
    await controller.handlers['auth:sign-in'](signIn);
    await idle();
    patchSettings({ approvals: { ...settings().approvals, actFromApp: true } });
    const id = String(sandbox.data.tasks('1')[0]?.task_id);

    expect(invokeRequestSchemas['tasks:decide'].safeParse({ action: 'reject', taskId: id }).success).toBe(false);
    expect(invokeRequestSchemas['tasks:decide'].safeParse({ action: 'reject', taskId: id, comment: '   ' }).success).toBe(false);
    expect(invokeRequestSchemas['tasks:decide'].safeParse({ action: 'approve', taskId: id }).success).toBe(true);

    const outcome = await controller.handlers['tasks:decide'](invokeRequestSchemas['tasks:decide'].parse({ action: 'reject', taskId: id, comment: 'Over budget' }));
    expect(outcome).toMatchObject({ ok: true, value: { taskId: id, action: 'reject', state: 'waiting' } });
    expect(await controller.handlers['tasks:get-decisions'](undefined)).toMatchObject([{ taskId: id }]);
    expect(recorder.sent.filter((e) => e.channel === 'tasks:decisions-changed').at(-1)?.payload).toMatchObject([{ taskId: id, state: 'waiting' }]);

    await clock.advance(2_000);
    await controller.handlers['auth:sign-out'](undefined);
    await clock.advance(10_000);
    expect(sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/tasks/refuse'))).toEqual([]);
    expect(sandbox.data.tasks('1').map((t) => String(t.task_id))).toContain(id);
    expect(recorder.sent.filter((e) => e.channel === 'tasks:decisions-changed').at(-1)?.payload).toEqual([]);
    expect(await controller.handlers['tasks:get-decisions'](undefined)).toEqual([]);
  });
});
