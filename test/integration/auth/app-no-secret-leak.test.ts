import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';
import { approveInBrowser } from '../../electron/sandbox/auth/auth-routes-host';
import { createManualClock } from '../../shared/poller/manual-clock';
import { recordingSecretStore } from './cli-harness';
import { stateFileTexts } from './state-files';

/** A loopback port nobody uses right now (the schema wants a fixed port ≥ 1024, not 0). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// The tray app's side of "no secret anywhere": everything the app controller sends the window
// (every IPC event payload and invoke answer), writes (settings, state files) and logs, across
// the three sign-in modes, a poll, a token refresh and sign-out — scanned for every secret.

let sandbox: Sandbox;
let controller: AppController;
afterEach(async () => {
  await controller?.shutdown();
  await sandbox?.close();
});

describe('no secret leaks from the app', () => {
  it('keeps every secret out of IPC payloads, settings, state files and logs', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 4 } });
    const recorder = createRecordingPorts();
    const recording = recordingSecretStore(createMemorySecretStore());
    const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-leak-'));
    let settings: Settings = defaultSettings();
    const answers: unknown[] = [];
    controller = createAppController({
      settings: { get: () => settings, set: (next) => void (settings = next) },
      secrets: recording.store,
      keychain: { available: true },
      fetch: (url, init) => fetch(url, init),
      stateDir,
      core: { clock: createManualClock(Date.now()), random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
      openSignInPage: async (url) => void (await approveInBrowser(url)),
      confirmSignInHost: async () => true,
      hideWindow: () => undefined,
      applySettings: () => undefined,
    });
    await controller.start();
    const invoke = async <C extends keyof typeof invokeRequestSchemas>(channel: C, request: unknown) => {
      const parsed = invokeRequestSchemas[channel].parse(request) as never;
      const answer: unknown = await (controller.handlers[channel] as (r: never) => unknown)(parsed);
      answers.push(answer);
      return answer;
    };
    const polled = () => vi.waitFor(() => expect(controller.core().getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }));

    // A pasted token, then app credentials, then the browser sign-in (port 0: any free port).
    const pasted = sandbox.tokens.issue({ userId: sandbox.demoUserId, ttlMs: 3_600_000, token: 'u-pasted-app-leak-check-42' });
    expect(await invoke('auth:sign-in', { mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: pasted })).toMatchObject({ ok: true });
    await polled();
    await invoke('auth:sign-in', { mode: 'tenant', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: sandbox.demoUserId });
    await polled();
    await invoke('auth:sign-in', { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: 'wrong-app-secret-9f8e', callbackPort: await freePort() });
    const oauth = await invoke('auth:sign-in', { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: await freePort() });
    expect(oauth).toMatchObject({ ok: true });
    await polled();
    for (const channel of ['app:get-state', 'settings:get'] as const) await invoke(channel, undefined);
    await invoke('tasks:get-topic', { topic: '1' });
    await invoke('auth:sign-out', undefined);

    const files = await stateFileTexts(stateDir);
    const haystack = [
      JSON.stringify(recorder.sent),
      JSON.stringify(answers),
      JSON.stringify(settings),
      JSON.stringify(recorder.logs),
      JSON.stringify(recorder.notifications.map((n) => n.request)),
      ...files,
    ].join('\n');
    const secrets = new Set([...recording.values, SANDBOX_APP_SECRET, 'wrong-app-secret-9f8e', pasted]);
    expect(recording.values.size).toBeGreaterThanOrEqual(4);
    expect(recorder.sent.length).toBeGreaterThan(5);
    for (const secret of secrets) expect(haystack.includes(secret), `a secret (${secret.slice(0, 3)}…) leaked`).toBe(false);
  });
});
