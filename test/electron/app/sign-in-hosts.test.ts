import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { confirmSignInHosts } from '../../../electron/app/sign-in-hosts';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';

describe('confirmSignInHosts', () => {
  it('does not ask for Feishu and Lark, or a custom base URL on their hosts', async () => {
    const confirm = vi.fn(async () => false);
    expect(await confirmSignInHosts({ region: 'feishu' }, confirm)).toMatchObject({ ok: true, value: { accounts: 'https://accounts.feishu.cn' } });
    expect(await confirmSignInHosts({ region: 'lark' }, confirm)).toMatchObject({ ok: true, value: { accounts: 'https://accounts.larksuite.com' } });
    expect(await confirmSignInHosts({ region: 'custom', baseUrl: 'https://open.feishu.cn' }, confirm)).toMatchObject({ ok: true });
    expect(confirm).not.toHaveBeenCalled();
  });

  it('asks, naming the host, before a custom base URL outside Feishu/Lark is used', async () => {
    const confirm = vi.fn(async () => true);
    expect(await confirmSignInHosts({ region: 'custom', baseUrl: 'https://open.feishu.cn.evil.com/' }, confirm)).toMatchObject({ ok: true });
    expect(confirm).toHaveBeenCalledWith('open.feishu.cn.evil.com');
  });

  it('a declined host cancels the sign-in', async () => {
    expect(await confirmSignInHosts({ region: 'custom', baseUrl: 'https://evil.example.com' }, async () => false)).toMatchObject({ ok: false, kind: 'cancelled' });
  });

  it('a base URL that is not usable is refused without asking', async () => {
    const confirm = vi.fn(async () => true);
    expect(await confirmSignInHosts({ region: 'custom', baseUrl: 'http://evil.example.com' }, confirm)).toMatchObject({ ok: false, kind: 'rejected' });
    expect(confirm).not.toHaveBeenCalled();
  });
});

describe('sign-in from the window with a custom base URL', () => {
  let sandbox: Sandbox;
  let controller: AppController;
  afterEach(async () => {
    await controller.shutdown();
    await sandbox.close();
  });

  it('sends nothing to the host until main has asked the user, and nothing at all when they decline', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 1 } });
    const recorder = createRecordingPorts();
    let settings: Settings = defaultSettings();
    const fetched: string[] = [];
    const asked: string[] = [];
    let answer = false;
    controller = createAppController({
      settings: { get: () => settings, set: (next) => void (settings = next) },
      secrets: createMemorySecretStore(),
      keychain: { available: true },
      fetch: (url, init) => (fetched.push(String(url)), fetch(url, init)),
      stateDir: await mkdtemp(join(tmpdir(), 'approval-tray-sign-in-hosts-')),
      core: { clock: createManualClock(Date.now()), random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
      openSignInPage: async () => undefined,
      confirmSignInHost: async (host) => (asked.push(host), answer),
      hideWindow: () => undefined,
      applySettings: () => undefined,
    });
    await controller.start();
    const request = invokeRequestSchemas['auth:sign-in'].parse({ mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: sandbox.demoToken });

    const declined = await controller.handlers['auth:sign-in'](request);
    expect(declined).toMatchObject({ ok: false, kind: 'cancelled' });
    expect(asked).toEqual([new URL(sandbox.url).host]);
    expect(fetched.filter((url) => url.startsWith(sandbox.url))).toEqual([]);
    expect(settings.account).toBeNull();

    answer = true;
    expect(await controller.handlers['auth:sign-in'](request)).toMatchObject({ ok: true });
    expect(asked).toHaveLength(2);
    expect(settings.account?.userId).toBe(sandbox.demoUserId);
  });
});
