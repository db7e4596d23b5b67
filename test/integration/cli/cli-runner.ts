import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { createCliAuthContext } from '../../../electron/auth/cli-auth-context';
import type { CliIo } from '../../../electron/auth/cli-auth-context';
import type { SecretStorePort } from '../../../shared/auth/secret-store-port';
import type { CliContext } from '../../../electron/cli/cli-context';
import { runCli } from '../../../electron/cli/run-cli';
import type { Sandbox } from '../../../electron/sandbox/server';

// Runs the CLI in-process against a sandbox over real HTTP, with captured output. Waits (retry
// back-off, poll intervals) run 100× faster so `watch` cycles take milliseconds. Each run gets a
// fresh in-memory keychain unless the runner is given one to keep across runs.
export async function createCliRunner(sandbox: Pick<Sandbox, 'url' | 'demoToken' | 'demoUserId'>, keep: { secrets?: SecretStorePort } = {}) {
  const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-'));
  const sleeps: number[] = [];
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    FEISHU_BASE_URL: sandbox.url,
    FEISHU_USER_ACCESS_TOKEN: sandbox.demoToken,
    FEISHU_USER_ID: sandbox.demoUserId,
    APPROVAL_TRAY_STATE_DIR: stateDir,
    ...extra,
  });

  async function run(argv: string[], options: { env?: NodeJS.ProcessEnv; signal?: AbortSignal; onLine?: (line: string) => void; stdin?: string } = {}) {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = {
      stdout: (line) => {
        out.push(line);
        options.onLine?.(line);
      },
      stderr: (line) => err.push(line),
      readStdin: async () => options.stdin ?? '',
      stdinIsTty: false,
    };
    const ctx: CliContext = {
      io,
      env: options.env ?? env(),
      fetch: (url, init) => fetch(url, init),
      clock: { now: () => Date.now(), setTimer: (fn, ms) => setTimeout(fn, ms / 100), clearTimer: (h) => clearTimeout(h as NodeJS.Timeout) },
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
      auth: (dir) => createCliAuthContext(io, { stateDir: dir, secrets: keep.secrets ?? createMemorySecretStore() }),
      signal: options.signal ?? new AbortController().signal,
    };
    const code = await runCli(argv, ctx);
    return { code, out, err, stdout: out.join('\n'), stderr: err.join('\n') };
  }

  return { run, env, stateDir, sleeps };
}
