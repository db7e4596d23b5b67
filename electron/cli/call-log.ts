import { join } from 'node:path';
import { DEFAULT_MONTHLY_BUDGET } from '../../shared/quota/call-budget';
import { callsThisMonth, createCallCounterState, parseCallCounterState, recordCalls } from '../../shared/quota/call-counter';
import { recoverCallCounter } from '../../shared/quota/call-counter-recovery';
import { createJsonStateFile } from '../state/json-state-file';

// The CLI's API calls per month, in `<state dir>/calls.json` (the same counter the tray app
// keeps), so `status` can show how much of the tenant's monthly quota the CLI spent.

export interface CallLog {
  /** Counts calls in memory; flush() writes them. */
  add(calls: number): void;
  flush(): Promise<void>;
  thisMonth(): Promise<number>;
}

export function createCallLog(stateDir: string, now: () => number): CallLog {
  // A damaged file is recovered (never reset to zero) and saved at once, as the app does.
  const recover = (text: string) => {
    const { state, message } = recoverCallCounter(text, { monthlyBudget: DEFAULT_MONTHLY_BUDGET, now: now() });
    return { value: state, message };
  };
  const file = createJsonStateFile(join(stateDir, 'calls.json'), { parse: parseCallCounterState, fallback: createCallCounterState, recover });
  const read = async () => {
    const result = await file.read();
    if (result.repaired) await file.write(result.value).catch(() => undefined);
    return result;
  };
  let pending = 0;
  return {
    add(calls) {
      pending += calls;
    },
    async flush() {
      if (pending === 0) return;
      const calls = pending;
      pending = 0;
      const { value } = await read();
      await file.write(recordCalls(value, calls, now()));
    },
    async thisMonth() {
      const { value } = await read();
      return callsThisMonth(value, now()) + pending;
    },
  };
}
