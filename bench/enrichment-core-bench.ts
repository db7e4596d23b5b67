// What the details enrichment (issue #11) costs through the real core: createAppCore with the
// session's approval client, against the sandbox over real HTTP, a simulated clock driving 10
// hours of polling, 5 new to-dos an hour (the sandbox's arrivals on the same clock). Counts what
// reached the sandbox and what the core's call meter counted (they must agree), and the poll
// interval the budget chose with the enrichment's calls in its arithmetic (at most 1/(1-0.25)
// longer than without: the enrichment's share, quota/enrichment-share.ts), and how many to-dos
// got a summary (the list) and a waiting time (their instance's detail).
import { startSandbox } from '../electron/sandbox/server';
import { createAppCore } from '../shared/app/app-core';
import { emptyEnrichmentCache } from '../shared/app/enrichment-cache';
import { createApprovalClient } from '../shared/approval/approval-client';
import type { ApprovalClient } from '../shared/approval/approval-client';
import { staticTokenSource } from '../shared/auth/token-source';
import { createTasksClient } from '../shared/feishu/tasks-client';
import { createCallCounterState } from '../shared/quota/call-counter';
import { defaultSettings } from '../shared/settings/settings';
import type { Settings } from '../shared/settings/settings';
import { createLookedState } from '../shared/tasks/looked-ledger';
import { createSeenState } from '../shared/tasks/seen-ledger';
import type { BenchRow } from './measure';
import { createSimulatedClock } from './simulated-clock';

const HOURS = 10;
const NEW_PER_HOUR = 5;
const HOUR = 3_600_000;

/** Every HTTP call the core starts, so the bench can wait for them before moving time on. */
function tracked() {
  const pending = new Set<Promise<unknown>>();
  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    void promise.catch(() => undefined).finally(() => pending.delete(promise));
    return promise;
  };
  const settle = async () => {
    for (let round = 0; round < 50; round++) {
      while (pending.size > 0) await Promise.allSettled([...pending]);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
      if (pending.size === 0) return;
    }
  };
  return { track, settle };
}

async function run(label: string, settings: Settings): Promise<BenchRow> {
  const start = Date.UTC(2026, 10, 2, 8, 0); // early in the month: the budget matters most
  const clock = createSimulatedClock(start);
  const sandbox = await startSandbox({ now: clock.now, tasksPerTopic: { '1': 12 }, arrivalEveryMs: HOUR / NEW_PER_HOUR });
  try {
    const { track, settle } = tracked();
    const tokens = staticTokenSource(sandbox.demoToken);
    const client = createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens });
    const real = createApprovalClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens });
    const approvals: ApprovalClient = {
      listTasks: (request) => track(real.listTasks(request)),
      instanceDetail: (code, signal) => track(real.instanceDetail(code, signal)),
      pass: (decision) => track(real.pass(decision)),
      refuse: (decision) => track(real.refuse(decision)),
    };
    const noop = () => undefined;
    const state = <T>(value: T) => ({ read: async () => value, write: async (next: T) => void (value = next) });
    let notifications = 0;
    let withSummary = 0;
    const core = createAppCore({
      clock,
      random: () => 0.5,
      session: {
        demo: false,
        account: { id: 'bench', region: 'custom', baseUrl: sandbox.url, mode: 'user-token', userIdType: 'open_id', userId: sandbox.demoUserId, needsSignIn: false, callbackPort: 47321 },
        keychain: { available: true },
        fetchTopic: (topic, signal) => track(client.queryTopic({ userId: sandbox.demoUserId, topic, signal })),
        approvals,
      },
      settings: () => settings,
      locale: () => 'en',
      utcOffsetMinutes: () => 480,
      seen: state(createSeenState()),
      looked: state(createLookedState()),
      calls: state(createCallCounterState()),
      enrichment: state(emptyEnrichmentCache()),
      notifier: {
        show: (request) => {
          notifications++;
          if (request.body.includes('\n')) withSummary++;
        },
      },
      renderer: { send: noop },
      opener: { open: async () => undefined },
      clipboard: { writeText: noop },
      window: { show: noop, isVisible: () => false },
      tray: { render: noop },
      badge: { setCount: noop },
      log: { info: noop, warn: noop, error: noop },
      showSettings: noop,
      quit: noop,
    });
    await core.start();
    await settle();
    const end = start + HOURS * HOUR;
    const intervals = new Set<number>();
    let deferredSeen = false;
    while (clock.fireNext(end)) {
      await settle();
      const state = core.getState();
      intervals.add(state.quota.effectiveIntervalMinutes ?? 0);
      deferredSeen ||= state.approvals.details.deferred === true;
    }
    clock.jump(end);
    const count = (suffix: string) => sandbox.requests.filter((r) => r.path.endsWith(suffix)).length;
    const list = count('/approval/v4/tasks');
    const detail = count('/instances/detail');
    const todo = core.getTopic('1').tasks;
    const state10h = core.getState();
    await core.stop();
    return {
      name: `${HOURS} simulated hours through the core, ${label}`,
      values: {
        'poll calls (tasks/query)': String(count('/tasks/query')),
        'GET /tasks calls': String(list),
        'instances/detail calls': String(detail),
        'enrichment calls per 10 h': String(list + detail),
        'enrichment calls per hour': ((list + detail) / HOURS).toFixed(1),
        'calls counted by the meter / reached the API': `${state10h.quota.callsThisMonth} / ${sandbox.requests.length}`,
        'effective interval min (at the end; range)': `${state10h.quota.effectiveIntervalMinutes ?? ''} (${Math.min(...intervals)}–${Math.max(...intervals)})`,
        'to-dos at the end / with a summary / with waiting time': `${todo.length} / ${todo.filter((task) => (task.details?.summaries.length ?? 0) > 0).length} / ${todo.filter((task) => task.details?.waitingSince != null).length}`,
        'details waited for budget (ever / at the end)': `${deferredSeen ? 'yes' : 'no'} / ${state10h.approvals.details.deferred === true ? 'yes' : 'no'}`,
        'notifications / with a summary line': `${notifications} / ${withSummary}`,
      },
    };
  } finally {
    await sandbox.close();
  }
}

export async function runEnrichmentCoreBench(): Promise<BenchRow[]> {
  const defaults = defaultSettings();
  return [
    await run(`${NEW_PER_HOUR} new to-dos an hour, 5 min, budget large enough`, { ...defaults, monthlyCallBudget: 1_000_000 }),
    await run(`${NEW_PER_HOUR} new to-dos an hour, defaults (5 min, budget 3,000/month)`, defaults),
    await run(`${NEW_PER_HOUR} new to-dos an hour, details off, budget large enough (baseline)`, { ...defaults, monthlyCallBudget: 1_000_000, approvals: { ...defaults.approvals, showDetails: false } }),
    await run(`${NEW_PER_HOUR} new to-dos an hour, details off, defaults (baseline)`, { ...defaults, approvals: { ...defaults.approvals, showDetails: false } }),
  ];
}
