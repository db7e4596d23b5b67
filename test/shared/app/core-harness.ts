import { staticTokenSource } from '../../../shared/auth/token-source';
import { createAppCore } from '../../../shared/app/app-core';
import type { AppCore } from '../../../shared/app/app-core';
import { createTasksClient } from '../../../shared/feishu/tasks-client';
import { createCallCounterState } from '../../../shared/quota/call-counter';
import type { CallCounterState } from '../../../shared/quota/call-counter';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import { createLookedState } from '../../../shared/tasks/looked-ledger';
import type { LookedState } from '../../../shared/tasks/looked-ledger';
import { createSeenState } from '../../../shared/tasks/seen-ledger';
import type { SeenState } from '../../../shared/tasks/seen-ledger';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../poller/manual-clock';

// A core wired to the real sandbox over HTTP (through the real tasks client), a manual clock
// for its timers, and recording ports. State ports can be shared between cores to "restart".

export function createCoreHarness(sandbox: Sandbox, options: { seen?: { value: SeenState }; looked?: { value: LookedState }; settings?: Partial<Settings>; start?: number } = {}) {
  const clock = createManualClock(options.start ?? Date.UTC(2026, 10, 25, 2, 0));
  const recorder = createRecordingPorts();
  const seen = options.seen ? Object.assign(recorder.memoryState(createSeenState()), options.seen) : recorder.memoryState(createSeenState());
  const looked = options.looked ? Object.assign(recorder.memoryState(createLookedState()), options.looked) : recorder.memoryState(createLookedState());
  const calls = recorder.memoryState<CallCounterState>(createCallCounterState());
  let settings: Settings = { ...defaultSettings(), ...options.settings };
  const client = createTasksClient({ baseUrl: sandbox.url, fetch: (url, init) => fetch(url, init), tokens: staticTokenSource(sandbox.demoToken) });
  const core: AppCore = createAppCore({
    clock,
    random: () => 0.5,
    session: {
      demo: false,
      account: {
        id: 'custom:cli_sandbox_demo:ou_sandbox_demo_user',
        region: 'custom',
        baseUrl: sandbox.url,
        mode: 'user-token',
        userIdType: 'open_id',
        userId: sandbox.demoUserId,
        userName: 'Demo User',
        needsSignIn: false,
        callbackPort: 47321,
      },
      keychain: { available: true },
      fetchTopic: (topic, signal) => client.queryTopic({ userId: sandbox.demoUserId, topic, signal }),
    },
    settings: () => settings,
    locale: () => 'en',
    utcOffsetMinutes: () => 480,
    seen,
    looked,
    calls,
    ...recorder.ports,
  });
  const apiCalls = () => sandbox.requests.filter((r) => r.path.endsWith('/tasks/query'));
  return {
    core,
    clock,
    seen,
    looked,
    calls,
    ...recorder,
    apiCalls,
    setSettings(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      core.settingsChanged();
    },
  };
}
