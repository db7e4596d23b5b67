import type { QuotaView } from '../ipc/view-types';
import type { ClockPort } from '../poller/clock-port';
import { decidePollInterval } from '../quota/call-budget';
import { callsThisMonth, createCallCounterState, recordCalls } from '../quota/call-counter';
import type { CallCounterState } from '../quota/call-counter';
import type { Settings } from '../settings/settings';
import type { LoggerPort, StatePort } from './app-ports';

// The monthly call counter as the core uses it: every API call is recorded and saved, and the
// poll interval is what the user asked for, stretched when the month's budget would not last.

export interface PollInterval {
  ms: number;
  stretched: boolean;
  /** Set when the budget is spent: polling waits until then (the 1st of next month). */
  spentUntil: number | undefined;
}

export interface CallMeter {
  load(): Promise<void>;
  /** Records `count` calls made just now (one fetch's worth). */
  record(count: number): void;
  interval(): PollInterval;
  quota(): QuotaView;
}

export function createCallMeter(deps: { clock: ClockPort; settings(): Settings; calls: StatePort<CallCounterState>; log: LoggerPort }): CallMeter {
  const { clock } = deps;
  let calls: CallCounterState = createCallCounterState();
  let lastBatchCalls = 1;

  function interval(): PollInterval {
    const settings = deps.settings();
    const now = clock.now();
    const decision = decidePollInterval({
      userIntervalMinutes: settings.pollIntervalMinutes,
      monthlyBudget: settings.monthlyCallBudget,
      callsThisMonth: callsThisMonth(calls, now),
      callsPerCycle: lastBatchCalls,
      now,
    });
    return decision.kind === 'poll'
      ? { ms: decision.intervalMs, stretched: decision.stretched, spentUntil: undefined }
      : { ms: Math.max(60_000, decision.resumeAt - now), stretched: true, spentUntil: decision.resumeAt };
  }

  return {
    async load() {
      calls = await deps.calls.read();
    },
    record(count) {
      lastBatchCalls = Math.max(1, count);
      calls = recordCalls(calls, count, clock.now());
      void deps.calls.write(calls).catch((error: unknown) => deps.log.error('could not save the call counter', error));
    },
    interval,
    quota() {
      const current = interval();
      return {
        callsThisMonth: callsThisMonth(calls, clock.now()),
        monthlyBudget: deps.settings().monthlyCallBudget,
        effectiveIntervalMinutes: Math.round(current.ms / 60_000),
        stretched: current.stretched,
        budgetSpentUntil: current.spentUntil,
      };
    },
  };
}
