import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SecretStorePort } from '../../../shared/auth/secret-store-port';
import { createCliAuthContext } from '../../../electron/auth/cli-auth-context';
import type { CliAuthContext } from '../../../electron/auth/cli-auth-context';

// Runs the CLI's auth commands in-process with captured output and a chosen stdin.
export async function createCliHarness(options: { secrets: SecretStorePort; openUrl?: (url: string) => Promise<void> }) {
  const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-cli-'));
  const stdout: string[] = [];
  const stderr: string[] = [];
  let stdin = '';
  const ctx: CliAuthContext = createCliAuthContext(
    { stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l), readStdin: async () => stdin, stdinIsTty: false },
    { stateDir, secrets: options.secrets, openUrl: options.openUrl ?? (async () => undefined), callsThisMonth: async () => 42 },
  );
  return {
    ctx,
    stateDir,
    stdout,
    stderr,
    async run(command: (args: string[], ctx: CliAuthContext) => Promise<number>, args: string[], input = '') {
      stdin = input;
      const from = { out: stdout.length, err: stderr.length };
      const code = await command(args, ctx);
      return { code, out: stdout.slice(from.out).join('\n'), err: stderr.slice(from.err).join('\n') };
    },
  };
}

/** A secret store that remembers every value ever put in it, so a test knows what must never leak. */
export function recordingSecretStore(inner: SecretStorePort) {
  const values = new Set<string>();
  const store: SecretStorePort = {
    get: (a, k) => inner.get(a, k),
    set: async (a, k, v) => {
      values.add(v);
      // The tenant-token entry is JSON: its token is the secret inside it.
      const token = /"token":"([^"]+)"/.exec(v)?.[1];
      if (token) values.add(token);
      await inner.set(a, k, v);
    },
    delete: (a, k) => inner.delete(a, k),
    deleteAll: (a) => inner.deleteAll(a),
    describe: () => inner.describe(),
  };
  return { store, values };
}
