import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { monthKey } from '../../../shared/quota/call-counter';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';

// The app signed in, with a damaged calls.json on disk: it is kept aside, this month is not
// reset to zero (half the budget is assumed, or more if more can be read), and the log says so.

let sandbox: Sandbox;
let controller: AppController;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
});
afterEach(async () => {
  await controller.shutdown();
  await sandbox.close();
});

async function startWith(callsJson: string) {
  const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-calls-'));
  await writeFile(join(stateDir, 'calls.json'), callsJson);
  const recorder = createRecordingPorts();
  const clock = createManualClock(Date.now());
  const account = { id: 'custom:x:u', region: 'custom' as const, baseUrl: sandbox.url, mode: 'user-token' as const, userIdType: 'open_id' as const, userId: sandbox.demoUserId, needsSignIn: false, callbackPort: 47321 };
  // Details off: one poll is then exactly one call (the enrichment's calls are counted too).
  let settings: Settings = { ...defaultSettings(), monthlyCallBudget: 1000, account, approvals: { ...defaultSettings().approvals, showDetails: false } };
  const secrets = createMemorySecretStore();
  await secrets.set(account.id, 'access-token', sandbox.demoToken);
  controller = createAppController({
    settings: { get: () => settings, set: (next) => void (settings = next) },
    secrets,
    keychain: { available: true },
    fetch: (url, init) => fetch(url, init),
    stateDir,
    core: { clock, random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...recorder.ports },
    openSignInPage: async () => undefined,
    confirmSignInHost: async () => true,
    hideWindow: () => undefined,
    applySettings: () => undefined,
  });
  await controller.start();
  await vi.waitFor(() => expect(controller.core().getState().poller).toMatchObject({ kind: 'idle', lastSuccessAt: expect.any(Number) }), { timeout: 10_000 });
  await controller.core().stop(); // waits for the counter to be saved
  const saved = JSON.parse(await readFile(join(stateDir, 'calls.json'), 'utf8')) as { months: Record<string, number> };
  return { key: monthKey(clock.now()), saved, recorder, files: await readdir(stateDir) };
}

describe('a damaged call counter', () => {
  it('is not reset to zero: half the budget is assumed, the file kept aside, the log says so', async () => {
    const { key, saved, recorder, files } = await startWith('{"version":1,"months":{"20');
    expect(controller.core().getState().quota.callsThisMonth).toBe(501);
    expect(saved.months[key]).toBe(501);
    expect(files.some((name) => name.startsWith('calls.json.corrupt-'))).toBe(true);
    expect(recorder.logs.find((l) => l.level === 'warn' && /calls\.json/.test(l.message))?.message).toMatch(/half spent \(500 of 1000 calls\)/);
  });

  it('keeps a larger count that can still be read', async () => {
    const month = monthKey(Date.now());
    const { key, saved } = await startWith(`{"version":1,"months":{"${month}":777},,}`);
    expect(key).toBe(month);
    expect(saved.months[key]).toBe(778);
  });
});
