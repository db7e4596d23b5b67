import { createApprovalClient } from '../../../shared/approval/approval-client';
import { staticTokenSource } from '../../../shared/auth/token-source';
import { createAppCore } from '../../../shared/app/app-core';
import { emptyEnrichmentCache } from '../../../shared/app/enrichment-cache';
import type { EnrichmentCache } from '../../../shared/app/enrichment-cache';
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

export function createCoreHarness(
  sandbox: Sandbox,
  options: {
    seen?: { value: SeenState };
    looked?: { value: LookedState };
    settings?: Partial<Settings>;
    start?: number;
    /** Give the session the user-level approval APIs (issue #11's details), as a user sign-in has. */
    approvals?: boolean;
    /** The scopes the sign-in recorded (Account.grantedScopes); absent: not recorded. */
    grantedScopes?: string[];
    enrichment?: { value: EnrichmentCache };
  } = {},
) {
  const clock = createManualClock(options.start ?? Date.UTC(2026, 10, 25, 2, 0));
  const recorder = createRecordingPorts();
  const seen = options.seen ? Object.assign(recorder.memoryState(createSeenState()), options.seen) : recorder.memoryState(createSeenState());
  const looked = options.looked ? Object.assign(recorder.memoryState(createLookedState()), options.looked) : recorder.memoryState(createLookedState());
  const calls = recorder.memoryState<CallCounterState>(createCallCounterState());
  const enrichment = options.enrichment ? Object.assign(recorder.memoryState(emptyEnrichmentCache()), options.enrichment) : recorder.memoryState(emptyEnrichmentCache());
  const approvals = options.approvals ? createApprovalClient({ baseUrl: sandbox.url, fetch: (url, init) => fetch(url, init), tokens: staticTokenSource(sandbox.demoToken) }) : undefined;
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
        ...(options.grantedScopes ? { grantedScopes: options.grantedScopes } : {}),
      },
      keychain: { available: true },
      fetchTopic: (topic, signal) => client.queryTopic({ userId: sandbox.demoUserId, topic, signal }),
      ...(approvals ? { approvals } : {}),
    },
    settings: () => settings,
    locale: () => 'en',
    utcOffsetMinutes: () => 480,
    seen,
    looked,
    calls,
    enrichment,
    ...recorder.ports,
  });
  const apiCalls = () => sandbox.requests.filter((r) => r.path.endsWith('/tasks/query'));
  return {
    core,
    clock,
    seen,
    looked,
    calls,
    enrichment,
    ...recorder,
    apiCalls,
    setSettings(patch: Partial<Settings>) {
      settings = { ...settings, ...patch };
      core.settingsChanged();
    },
  };
}
