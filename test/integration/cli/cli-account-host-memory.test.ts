import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { recordingSecretStore } from '../auth/cli-harness';
import { createCliRunner } from './cli-runner';
import { startRecordingHost } from './recording-host';

// The same guarantees as cli-account-host.test.ts, in-process with an in-memory keychain, so they
// are checked on machines without a Secret Service too: the account signed in with app
// credentials, a hostile base URL that answers 99991677 to everything.

let sandbox: Sandbox;
let hostile: Awaited<ReturnType<typeof startRecordingHost>>;
let cli: Awaited<ReturnType<typeof createCliRunner>>;
let known: Set<string>;
beforeAll(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 3 } });
  hostile = await startRecordingHost();
  const { store, values } = recordingSecretStore(createMemorySecretStore());
  known = values;
  cli = await createCliRunner(sandbox, { secrets: store });
});
afterAll(async () => {
  await hostile.close();
  await sandbox.close();
});

const env = (extra: Record<string, string> = {}) => ({ APPROVAL_TRAY_STATE_DIR: cli.stateDir, ...extra });

describe('app credentials from the CLI, and where their token may go', () => {
  it('login --app-credentials warns in one line, stores the account, and tasks --json lists the user\'s tasks', async () => {
    const login = await cli.run(['login', '--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', sandbox.demoUserId, '--base-url', sandbox.url], {
      env: env(),
      stdin: SANDBOX_APP_SECRET,
    });
    expect(login.code).toBe(0);
    expect(login.err).toEqual([expect.stringMatching(/^login: .*tenant-level credential.*keychain/)]);
    const tasks = await cli.run(['tasks', '--json'], { env: env() });
    expect(tasks.stderr).toBe('');
    expect(tasks.code).toBe(0);
    expect((JSON.parse(tasks.stdout) as { tasks: unknown[] }).tasks).toHaveLength(3);
  });

  it('refuses to send the keychain token to another base URL (exit 2), and sends nothing there', async () => {
    for (const command of ['tasks', 'count', 'watch']) {
      const run = await cli.run([command], { env: env({ FEISHU_BASE_URL: hostile.url }) });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('sent only to its own host');
    }
    expect(hostile.requests).toEqual([]);
  });

  it('a token given on stdin goes to the host it is given for, with nothing of the account', async () => {
    const run = await cli.run(['count', '--token-stdin'], { env: env({ FEISHU_BASE_URL: hostile.url, FEISHU_USER_ID: 'ou_x' }), stdin: 'u-for-the-other-host' });
    expect(run.code).toBe(3);
    expect(hostile.requests.map((r) => r.authorization)).toEqual(['Bearer u-for-the-other-host']);
    for (const value of known) expect(hostile.seen()).not.toContain(value);
  });

  it('login --app-credentials against another host with the same app id does not reuse the stored secret', async () => {
    const run = await cli.run(['login', '--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', sandbox.demoUserId, '--base-url', hostile.url], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/No App Secret on stdin/);
    expect(hostile.seen()).not.toContain(SANDBOX_APP_SECRET);
    // Same app, another region: Lark's host is not this account's either.
    const lark = await cli.run(['login', '--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', sandbox.demoUserId, '--region', 'lark'], { env: env() });
    expect(lark.code).toBe(1);
    expect(lark.stderr).toMatch(/No App Secret on stdin/);
  });

  it('signing in again on the same app, region and host reuses the saved secret (nothing on stdin)', async () => {
    const again = await cli.run(['login', '--app-credentials', '--app-id', SANDBOX_APP_ID, '--user-id', sandbox.demoUserId, '--base-url', `${sandbox.url}/`], { env: env() });
    expect(again.stderr).not.toMatch(/No App Secret/);
    expect(again.code).toBe(0);
  });
});
