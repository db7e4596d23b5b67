import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { registerIpcHandlers } from '../../../electron/main/ipc-adapter';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';
import { FakeIpcMain } from '../../fakes/electron';
import { createManualClock } from '../../shared/poller/manual-clock';

// Changing one setting in the window changes that setting and nothing else: through the real
// IPC path (sender check, payload schema, controller handler), for every setting there is.

type Editable = Omit<Settings, 'account' | 'schemaVersion' | 'allowedLinkHosts'>;

/** Every setting away from its default, so a reset to the default shows. */
const CUSTOM: Editable = {
  language: 'zh',
  theme: 'dark',
  pollIntervalMinutes: 17,
  monthlyCallBudget: 4321,
  watchCcUnread: true,
  notifications: { todo: false, ccUnread: false, sound: false, quietHours: { enabled: true, start: '21:15', end: '07:45' } },
  approvals: { showDetails: false, actFromApp: true, amberAfterHours: 12, redAfterHours: 48 },
  launchAtLogin: true,
  globalShortcut: 'CommandOrControl+Shift+A',
};

/** One change per setting (a dotted path), to a value other than CUSTOM's. */
const CHANGES: [path: string, value: unknown][] = [
  ['language', 'en'],
  ['theme', 'light'],
  ['pollIntervalMinutes', 5],
  ['monthlyCallBudget', 3000],
  ['watchCcUnread', false],
  ['notifications.todo', true],
  ['notifications.ccUnread', true],
  ['notifications.sound', true],
  ['notifications.quietHours.enabled', false],
  ['notifications.quietHours.start', '22:00'],
  ['notifications.quietHours.end', '08:00'],
  ['approvals.showDetails', true],
  ['approvals.actFromApp', false],
  ['approvals.amberAfterHours', 24],
  ['approvals.redAfterHours', 72],
  ['launchAtLogin', false],
  ['globalShortcut', null],
];

let controller: AppController;
let stored: Settings;
const ipc = new FakeIpcMain();
beforeAll(async () => {
  const recorder = createRecordingPorts();
  controller = createAppController({
    settings: { get: () => stored, set: (next) => void (stored = next) },
    secrets: createMemorySecretStore(),
    keychain: { available: true },
    fetch: (url, init) => fetch(url, init),
    stateDir: await mkdtemp(join(tmpdir(), 'approval-tray-settings-')),
    core: { clock: createManualClock(Date.now()), random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
    openSignInPage: async () => undefined,
    confirmSignInHost: async () => true,
    hideWindow: () => undefined,
    applySettings: () => undefined,
  });
  stored = { ...defaultSettings(), ...structuredClone(CUSTOM) };
  await controller.start();
  registerIpcHandlers(ipc, controller.handlers);
});
afterAll(() => controller.shutdown());

describe('settings:update through the IPC handler', () => {
  it('the table covers every setting, each starting away from its default', () => {
    const { account: _account, schemaVersion: _version, allowedLinkHosts: _hosts, ...defaults } = defaultSettings();
    expect(CHANGES.map(([path]) => path).sort()).toEqual(leafPaths(defaults).sort());
    for (const path of leafPaths(defaults)) expect(get(CUSTOM, path), path).not.toEqual(get(defaults, path));
  });

  describe.each(CHANGES)('%s', (path, value) => {
    const expected = () => set(structuredClone({ ...stored, ...CUSTOM }), path, value);

    it('changes it alone when sent as the one key that changed', async () => {
      stored = { ...stored, ...structuredClone(CUSTOM) };
      const answer = await ipc.invoke('settings:update', set({}, path, value));
      expect(stored).toEqual(expected());
      expect(answer).toEqual(stored);
    });

    it('changes it alone when sent the way the window sends it (the whole top-level value)', async () => {
      stored = { ...stored, ...structuredClone(CUSTOM) };
      const top = path.split('.')[0] as keyof Editable;
      const want = expected();
      await ipc.invoke('settings:update', { [top]: want[top] });
      expect(stored).toEqual(want);
    });
  });

  it('an invalid value is refused and changes nothing', async () => {
    stored = { ...stored, ...structuredClone(CUSTOM) };
    const before = structuredClone(stored);
    await expect(ipc.invoke('settings:update', { language: 'en', pollIntervalMinutes: 0 })).rejects.toThrow(/invalid request for settings:update/);
    expect(stored).toEqual(before);
  });

  it('the allowed link hosts cannot be added from the window (only main\'s dialog adds one)', async () => {
    stored = { ...stored, ...structuredClone(CUSTOM), allowedLinkHosts: ['erp.example.com'] };
    await ipc.invoke('settings:update', { allowedLinkHosts: ['evil.example.com'], theme: 'light' } as never);
    expect(stored.allowedLinkHosts).toEqual(['erp.example.com']);
    expect(stored.theme).toBe('light');
  });

  it('the account cannot be set from the window', async () => {
    stored = { ...stored, ...structuredClone(CUSTOM) };
    await ipc.invoke('settings:update', { account: { id: 'x', region: 'custom', baseUrl: 'https://evil.example', mode: 'user-token', userId: 'u' }, theme: 'light' });
    expect(stored.account).toBeNull();
    expect(stored.theme).toBe('light');
  });
});

function leafPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, child]) =>
    typeof child === 'object' && child !== null && !Array.isArray(child) ? leafPaths(child as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function get(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], value);
}

function set<T extends object>(target: T, path: string, value: unknown): T {
  const keys = path.split('.');
  let at = target as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
  at[keys.at(-1)!] = value;
  return target;
}
