// The tray app's idle cost: the main-process core (poller, ledger, tray, badge, notifications)
// driven over 10 simulated hours against the sandbox over real HTTP — how often it wakes, how
// many API calls it makes, how much CPU it burns — and the cost of drawing a badge icon.
import { performance } from 'node:perf_hooks';
import { startSandbox } from '../electron/sandbox/server';
import { createAppCore } from '../shared/app/app-core';
import { staticTokenSource } from '../shared/auth/token-source';
import { renderBadgeIcon } from '../shared/badge/badge-icon';
import { encodePng } from '../shared/badge/png-encoder';
import { createTasksClient } from '../shared/feishu/tasks-client';
import type { TopicResult } from '../shared/feishu/tasks-client';
import { createCallCounterState } from '../shared/quota/call-counter';
import { defaultSettings } from '../shared/settings/settings';
import type { Settings } from '../shared/settings/settings';
import { createLookedState } from '../shared/tasks/looked-ledger';
import { createSeenState } from '../shared/tasks/seen-ledger';
import type { BenchRow } from './measure';
import { createSimulatedClock } from './simulated-clock';

const HOURS = 10;

async function idleRun(label: string, settings: Settings): Promise<BenchRow> {
  const sandbox = await startSandbox({ tasksPerTopic: { '1': 200 } });
  try {
    const start = Date.UTC(2026, 10, 2, 0, 0); // early in the month: the budget matters most
    const clock = createSimulatedClock(start);
    const client = createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens: staticTokenSource(sandbox.demoToken) });
    let inFlight: Promise<TopicResult> = Promise.resolve({} as TopicResult);
    const noop = () => undefined;
    const state = <T>(value: T) => ({ read: async () => value, write: async (next: T) => void (value = next) });
    const core = createAppCore({
      clock,
      random: Math.random,
      session: {
        demo: false,
        account: { id: 'bench', region: 'custom', baseUrl: sandbox.url, mode: 'user-token', userIdType: 'open_id', userId: sandbox.demoUserId, needsSignIn: false, callbackPort: 47321 },
        keychain: { available: true },
        fetchTopic: (topic, signal) => (inFlight = client.queryTopic({ userId: sandbox.demoUserId, topic, signal })),
      },
      settings: () => settings,
      locale: () => 'en',
      utcOffsetMinutes: () => 480,
      seen: state(createSeenState()),
      looked: state(createLookedState()),
      calls: state(createCallCounterState()),
      notifier: { show: noop },
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
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    // Let the cycle in flight finish and the poller arm its next timer.
    const settle = async () => {
      await inFlight.catch(noop);
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
    };
    await core.start();
    await settle();
    const end = start + HOURS * 3_600_000;
    while (clock.fireNext(end)) await settle();
    clock.jump(end);
    const cpu = process.cpuUsage(cpuBefore);
    const wallMs = performance.now() - wallBefore;
    const calls = sandbox.requests.filter((r) => r.path.endsWith('/tasks/query')).length;
    await core.stop();
    return {
      name: `${HOURS} simulated hours, ${label}`,
      values: {
        'timers woken': String(clock.woken()),
        'API calls': String(calls),
        'effective interval min': String(core.getState().quota.effectiveIntervalMinutes ?? ''),
        'CPU ms (user+system, incl. sandbox)': ((cpu.user + cpu.system) / 1000).toFixed(0),
        'wall ms': wallMs.toFixed(0),
      },
    };
  } finally {
    await sandbox.close();
  }
}

function badgeRow(): BenchRow {
  const counts = [0, 1, 9, 10, 99, 100, 999];
  const rounds = 200;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const count of counts) {
      for (const scale of [1, 2] as const) {
        const image = renderBadgeIcon(count, scale, { state: 'new' });
        encodePng(image.width, image.height, image.rgba);
      }
    }
  }
  const perIcon = (performance.now() - started) / (rounds * counts.length * 2);
  return { name: 'badge icon render + PNG encode (1x and 2x, counts 0…999)', values: { 'µs per icon': (perIcon * 1000).toFixed(1) } };
}

export async function runTrayBench(): Promise<BenchRow[]> {
  const defaults = defaultSettings();
  return [
    await idleRun('defaults (5 min, budget 3,000/month)', defaults),
    await idleRun('5 min, budget large enough', { ...defaults, monthlyCallBudget: 1_000_000 }),
    badgeRow(),
  ];
}
