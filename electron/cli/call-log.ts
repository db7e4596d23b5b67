import { join } from 'node:path';
import { callsThisMonth, createCallCounterState, parseCallCounterState, recordCalls } from '../../shared/quota/call-counter';
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
  const file = createJsonStateFile(join(stateDir, 'calls.json'), { parse: parseCallCounterState, fallback: createCallCounterState });
  let pending = 0;
  return {
    add(calls) {
      pending += calls;
    },
    async flush() {
      if (pending === 0) return;
      const calls = pending;
      pending = 0;
      const { value } = await file.read();
      await file.write(recordCalls(value, calls, now()));
    },
    async thisMonth() {
      const { value } = await file.read();
      return callsThisMonth(value, now()) + pending;
    },
  };
}
