import type { QuotaView } from '../ipc/view-types';
import type { ClockPort } from '../poller/clock-port';
import { decidePollInterval } from '../quota/call-budget';
import { callsThisMonth, createCallCounterState, recordCalls } from '../quota/call-counter';
import { callsAllowed, fullAllowance, refillAllowance, takeAllowance } from '../quota/enrichment-share';
import { addExtraCalls, closeCycle, emptyExtraCallRate, extraCallsPerCycle } from '../quota/extra-call-rate';
import type { CallCounterState } from '../quota/call-counter';
import type { Settings } from '../settings/settings';
import type { LoggerPort, StatePort } from './app-ports';

// The monthly call counter as the core uses it: every API call is recorded and saved, and the
// poll interval is what the user asked for, stretched when the month's budget would not last.
// The file is shared with the CLI, so each save re-reads it and adds to what is there: calls the
// CLI counted meanwhile are kept (a CLI write between that read and write can still be lost).
// Calls beside the poll (issue #11's enrichment) are counted the same and, averaged per cycle,
// lengthen the interval too (quota/extra-call-rate.ts), up to the enrichment's share of the
// budget (quota/enrichment-share.ts), which the meter also keeps: the enrichment asks it for room.

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
  /**
   * Records `count` calls made beside the poll's fetches (details enrichment, a detail view).
   * `oneOff` calls (the first look at a backlog) spend the month but are not expected to recur,
   * so they do not lengthen the interval, nor take from the enrichment's share.
   */
  recordExtra(count: number, options?: { oneOff?: boolean }): void;
  /**
   * Recurring extra calls the enrichment's share allows now (0 when the budget is spent): with
   * none, the enrichment waits and the poll keeps its pace.
   */
  enrichmentRoom(): number;
  /** A to-do poll came in: extra calls from now on belong to the next cycle. */
  cycleStarted(): void;
  /** True when not even one more poll fits in this month's budget. */
  spent(): boolean;
  /** Resolves when every save begun so far is done. */
  saved(): Promise<void>;
  interval(): PollInterval;
  quota(): QuotaView;
}

export function createCallMeter(deps: { clock: ClockPort; settings(): Settings; calls: StatePort<CallCounterState>; log: LoggerPort }): CallMeter {
  const { clock } = deps;
  let calls: CallCounterState = createCallCounterState();
  let lastBatchCalls = 1;
  let extra = emptyExtraCallRate();
  let allowance = fullAllowance(clock.now());
  let cycleOpen = false;
  let saving: Promise<void> = Promise.resolve();

  function save(count: number, now: number) {
    saving = saving
      .then(async () => {
        const next = recordCalls(await deps.calls.read(), count, now);
        calls = largerOf(calls, next);
        await deps.calls.write(next);
      })
      .catch((error: unknown) => deps.log.error('could not save the call counter', error));
  }

  function interval(): PollInterval {
    const settings = deps.settings();
    const now = clock.now();
    const decision = decidePollInterval({
      userIntervalMinutes: settings.pollIntervalMinutes,
      monthlyBudget: settings.monthlyCallBudget,
      callsThisMonth: callsThisMonth(calls, now),
      callsPerCycle: lastBatchCalls,
      extraCallsPerCycle: extraCallsPerCycle(extra),
      now,
    });
    return decision.kind === 'poll'
      ? { ms: decision.intervalMs, stretched: decision.stretched, spentUntil: undefined }
      : { ms: Math.max(60_000, decision.resumeAt - now), stretched: true, spentUntil: decision.resumeAt };
  }

  /** The enrichment's bucket, filled up to now at the pace of what is left this month. */
  function currentAllowance(now: number) {
    allowance = refillAllowance(allowance, { monthlyBudget: deps.settings().monthlyCallBudget, callsThisMonth: callsThisMonth(calls, now), now });
    return allowance;
  }

  return {
    async load() {
      calls = await deps.calls.read();
    },
    record(count) {
      if (!Number.isFinite(count) || count <= 0) return;
      const now = clock.now();
      lastBatchCalls = Math.max(1, count);
      calls = recordCalls(calls, count, now);
      save(count, now);
    },
    recordExtra(count, options) {
      if (!Number.isFinite(count) || count <= 0) return;
      const now = clock.now();
      if (!options?.oneOff) {
        extra = addExtraCalls(extra, count);
        allowance = takeAllowance(currentAllowance(now), count);
      }
      calls = recordCalls(calls, count, now);
      save(count, now);
    },
    cycleStarted() {
      // The first poll opens the first cycle: there is none before it to close.
      if (cycleOpen) extra = closeCycle(extra);
      cycleOpen = true;
    },
    enrichmentRoom() {
      if (interval().spentUntil !== undefined) return 0;
      return callsAllowed(currentAllowance(clock.now()));
    },
    spent: () => interval().spentUntil !== undefined,
    saved: () => saving,
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

/** Month by month, the larger count: ours (counted at once) or the file's (ours plus the CLI's). */
function largerOf(a: CallCounterState, b: CallCounterState): CallCounterState {
  const months = { ...a.months };
  for (const [key, value] of Object.entries(b.months)) months[key] = Math.max(months[key] ?? 0, value);
  return { version: 1, months };
}
