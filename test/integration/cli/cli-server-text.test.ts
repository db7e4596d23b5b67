import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCliRunner } from './cli-runner';
import { startScriptedHost } from './scripted-host';

// Text from the network (error messages, log_ids, user names, task fields) reaches the terminal
// only through the terminal filter; --json escapes what the filter would remove and stays exact.

const TASKS = 'GET /open-apis/approval/v4/tasks/query';
// An ANSI colour and screen-clear (C0 ESC, C1 CSI), a right-to-left override, a zero-width space,
// an isolate, the Arabic letter mark and an LRM: all of them would change what a terminal shows.
const NASTY = 'A\u001b[31mB\u009b2JC\u0085D\u202eE\u200bF\u2066G\u2069H\u061cI\u200eJ\u007f';
// eslint-disable-next-line no-control-regex -- the control characters are what is checked
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

let host: Awaited<ReturnType<typeof startScriptedHost>>;
let cli: Awaited<ReturnType<typeof createCliRunner>>;
beforeAll(async () => {
  host = await startScriptedHost();
  cli = await createCliRunner({ url: host.url, demoToken: 'u-scripted-token', demoUserId: 'ou_scripted' });
});
afterAll(() => host.close());

function expectTerminalSafe(lines: string[]) {
  for (const line of lines) expect(line).not.toMatch(UNSAFE);
}

const task = { task_id: 't-1', title: NASTY, definition_name: `def ${NASTY}`, initiator_names: [NASTY], status: 'todo', topic: '1', user_id: 'ou_scripted', urls: {} };

describe('server text in the terminal', () => {
  it('an API error prints its log_id filtered (human output)', async () => {
    host.reply(TASKS, { status: 400, body: { code: 99991672, msg: NASTY, error: { log_id: `log-${NASTY}` } } });
    const run = await cli.run(['tasks']);
    expect(run.code).toBe(4);
    expectTerminalSafe(run.err);
    expect(run.stderr).toContain('log_id log-A [31mB 2JC DEFGHIJ )');
  });

  it('task fields in the table are filtered', async () => {
    host.reply(TASKS, { status: 200, body: { code: 0, msg: 'ok', data: { tasks: [task], has_more: false, count: { total: 1, has_more: false } } } });
    const run = await cli.run(['tasks']);
    expect(run.code).toBe(0);
    expectTerminalSafe(run.out);
    expect(run.stdout).toContain('A [31mB 2JC DEFGHIJ ');
  });

  it('--json escapes C1 controls and bidi/zero-width marks as \\uXXXX and parses back to the same text', async () => {
    host.reply(TASKS, { status: 200, body: { code: 0, msg: 'ok', data: { tasks: [task], has_more: false, count: { total: 1, has_more: false } } } });
    const run = await cli.run(['tasks', '--json']);
    expect(run.code).toBe(0);
    expect(run.out).toHaveLength(1);
    expectTerminalSafe(run.out);
    expect(run.stdout).toContain('\\u009b2JC\\u0085D\\u202eE\\u200bF\\u2066G\\u2069H\\u061cI\\u200eJ\\u007f');
    const parsed = JSON.parse(run.stdout) as { tasks: (typeof task)[] };
    expect(parsed.tasks[0]).toEqual(task);
  });

  it('a sign-in error_description and a user name are filtered', async () => {
    host.reply('POST /open-apis/auth/v3/tenant_access_token/internal', { status: 400, body: { code: 10003, msg: NASTY } });
    const login = await cli.run(['login', '--app-credentials', '--app-id', 'cli_x', '--user-id', 'ou_x', '--base-url', host.url], { stdin: 'app-secret-x' });
    expect(login.code).toBe(1);
    expectTerminalSafe(login.err);
    expect(login.stderr).toContain('A [31mB 2JC DEFGHIJ ');

    host.reply('GET /open-apis/authen/v1/user_info', { status: 200, body: { code: 0, msg: 'ok', data: { open_id: 'ou_named', name: NASTY } } });
    const set = await cli.run(['token', 'set', '--base-url', host.url], { stdin: 'u-pasted-token' });
    expect(set.code).toBe(0);
    expectTerminalSafe(set.out);
    expect(set.stdout).toContain('for A [31mB 2JC DEFGHIJ  (ou_named)');
  });
});
