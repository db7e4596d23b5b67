import type { FetchPort } from '../../shared/feishu/fetch-port';
import type { ClockPort } from '../../shared/poller/clock-port';
import type { CliAuthContext, CliIo } from '../auth/cli-auth-context';

// Everything a CLI command touches outside itself. main.ts builds the real one; tests build one
// with captured output and, where they need it, their own clock.
export interface CliContext {
  io: CliIo;
  env: NodeJS.ProcessEnv;
  fetch: FetchPort;
  clock: ClockPort;
  random(): number;
  sleep(ms: number): Promise<void>;
  /** The keychain-backed account context, created only when a command needs it. */
  auth(stateDir: string): CliAuthContext;
  /** Aborted on Ctrl-C: `watch` stops cleanly. */
  signal: AbortSignal;
}
