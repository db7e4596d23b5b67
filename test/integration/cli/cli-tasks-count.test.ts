import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createCliRunner } from './cli-runner';

// `tasks` and `count` against the sandbox over real HTTP: the JSON shapes and exit codes the
// README documents, which scripts and status bars rely on.

let sandbox: Sandbox;
let cli: Awaited<ReturnType<typeof createCliRunner>>;

beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 450, '2': 1200, '3': 0, '17': 3, '18': 5 } });
  cli = await createCliRunner(sandbox);
});
afterEach(() => sandbox.close());

describe('tasks --json', () => {
  it('prints one document with every task as received, all pages, in order, each id once', async () => {
    const { code, out } = await cli.run(['tasks', '--json']);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0] ?? '') as { topic: string; total: number; tasks: Record<string, unknown>[] };
    expect(Object.keys(doc)).toEqual(['topic', 'total', 'tasks']);
    expect(doc.topic).toBe('1');
    expect(doc.total).toBe(450);
    expect(doc.tasks).toEqual(sandbox.data.tasks('1')); // the API's objects, untouched
    const apiCalls = sandbox.requests.filter((r) => r.path.endsWith('/tasks/query'));
    expect(apiCalls.map((r) => r.query.page_size)).toEqual(['200', '200', '200']);
  });

  it('accepts topics by name or number and keeps the 999 cap as the API sends it', async () => {
    const byName = JSON.parse((await cli.run(['tasks', '--topic', 'done', '--json'])).stdout) as { topic: string; total: number; tasks: unknown[] };
    const byNumber = JSON.parse((await cli.run(['tasks', '--topic', '2', '--json'])).stdout) as { topic: string };
    expect(byName.topic).toBe('2');
    expect(byNumber.topic).toBe('2');
    expect(byName.total).toBe(999);
    expect(byName.tasks).toHaveLength(1200);
  });

  it('prints an empty topic as an empty list', async () => {
    const { code, stdout } = await cli.run(['tasks', '--topic', 'initiated', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ topic: '3', total: 0, tasks: [] });
  });
});

describe('tasks (human)', () => {
  it('prints a table of title, definition, initiators and status', async () => {
    const first = sandbox.data.tasks('17')[0];
    const { code, out } = await cli.run(['tasks', '--topic', 'cc-unread']);
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^TITLE\s+DEFINITION\s+INITIATORS\s+STATUS$/);
    expect(out).toHaveLength(1 + 3 + 1);
    expect(out[1]).toContain(String(first?.title).slice(0, 10));
    expect(out.at(-1)).toContain('3 task(s) in cc-unread');
  });

  it('never lets a hostile title drive the terminal', async () => {
    sandbox.data.addTask('17', { title: 'Pay \u001b[2J\u001b]0;pwned\u0007 now' });
    const { out } = await cli.run(['tasks', '--topic', '17']);
    expect(out.join('\n')).not.toContain('\u001b');
    expect(out.join('\n')).not.toContain('\u0007');
    expect(out.join('\n')).toContain('Pay');
  });
});

describe('count', () => {
  it('--json prints {topic,total,capped} with one API call', async () => {
    const { code, stdout } = await cli.run(['count', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ topic: '1', total: 450, capped: false });
    expect(sandbox.requests.filter((r) => r.path.endsWith('/tasks/query'))).toHaveLength(1);
  });

  it('says when the API stopped counting at 999', async () => {
    expect(JSON.parse((await cli.run(['count', '--topic', '2', '--json'])).stdout)).toEqual({ topic: '2', total: 999, capped: true });
    expect((await cli.run(['count', '--topic', '2'])).stdout).toBe('999+');
  });
});

describe('exit codes and errors', () => {
  it('2 for usage errors: bad topic, unknown flag, unknown command, a token without --user-id', async () => {
    const badTopic = await cli.run(['tasks', '--topic', 'later']);
    expect(badTopic.code).toBe(2);
    expect(badTopic.stderr).toContain('--topic must be one of todo|1');
    expect((await cli.run(['tasks', '--colour'])).code).toBe(2);
    expect((await cli.run(['frobnicate'])).code).toBe(2);
    const bareTokenFlag = await cli.run(['count', '--token']);
    expect(bareTokenFlag.code).toBe(2);
    expect(bareTokenFlag.stderr).toMatch(/--token is not accepted.*--token-stdin/);
    const env = { ...cli.env(), FEISHU_USER_ID: '' };
    const noUser = await cli.run(['count'], { env });
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain('--user-id');
  });

  it('3 when no token is given and nobody is signed in', async () => {
    const env = { ...cli.env(), FEISHU_USER_ACCESS_TOKEN: '' };
    const result = await cli.run(['tasks'], { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('npm run cli -- login');
  });

  it.each([
    ['token-expired', 3],
    ['token-invalid', 3],
    ['permission', 4],
    ['bad-request', 4],
    ['quota-exhausted', 6],
  ] as const)('%s → exit %i, one line on stderr, no token', async (kind, exit) => {
    sandbox.setFault({ kind });
    const result = await cli.run(['tasks', '--json']);
    expect(result.code).toBe(exit);
    expect(result.out).toEqual([]);
    expect(result.err).toHaveLength(1);
    expect(result.stderr).not.toContain(sandbox.demoToken);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('5 for server errors after three tries, with backoff between them', async () => {
    sandbox.setFault({ kind: 'server-error', status: 503 });
    const result = await cli.run(['count']);
    expect(result.code).toBe(5);
    expect(sandbox.requests.filter((r) => r.path.endsWith('/tasks/query'))).toHaveLength(3);
    expect(cli.sleeps).toEqual([1000, 2000]);
  });

  it('5 for malformed JSON; a passing 5xx is retried away', async () => {
    sandbox.setFault({ kind: 'malformed-json' });
    expect((await cli.run(['count'])).code).toBe(5);
    sandbox.setFault({ kind: 'server-error', times: 1 });
    expect((await cli.run(['count', '--json'])).code).toBe(0);
  });

  it('waits out a short rate limit exactly as x-ogw-ratelimit-reset says, then succeeds', async () => {
    sandbox.setFault({ kind: 'rate-limited', times: 1, resetSeconds: 3 });
    const result = await cli.run(['count', '--json']);
    expect(result.code).toBe(0);
    expect(cli.sleeps).toEqual([3000]);
  });

  it('5 for a network failure (nothing listening)', async () => {
    const url = sandbox.url;
    await sandbox.close();
    const result = await cli.run(['count'], { env: { ...cli.env(), FEISHU_BASE_URL: url } });
    expect(result.code).toBe(5);
    sandbox = await startSandbox(); // for afterEach
  });
});
