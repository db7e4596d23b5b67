import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { createCliRunner } from './cli-runner';

// `watch`: the backlog once, each new task once, remembered across restarts, errors as events.

let sandbox: Sandbox;
let cli: Awaited<ReturnType<typeof createCliRunner>>;

beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 5 } });
  cli = await createCliRunner(sandbox);
});
afterEach(() => sandbox.close());

/** Runs `watch --json` until `until` says stop (given the events so far), then aborts it. */
async function watchUntil(until: (events: Record<string, unknown>[]) => boolean, onEvent?: (events: Record<string, unknown>[]) => void) {
  const stop = new AbortController();
  const events: Record<string, unknown>[] = [];
  const result = await cli.run(['watch', '--interval', '60', '--json'], {
    signal: stop.signal,
    onLine: (line) => {
      events.push(JSON.parse(line) as Record<string, unknown>);
      onEvent?.(events);
      if (until(events)) stop.abort();
    },
  });
  return { ...result, events };
}

describe('watch --json', () => {
  it('reports the backlog as one line, then each new task once, as the API sent it', async () => {
    const { code, events } = await watchUntil(
      (events) => events.filter((e) => e.event === 'task.new').length === 2,
      (events) => {
        if (events.length === 1) {
          sandbox.data.addTask('1', { task_id: 'new-a', title: '新的报销' });
          sandbox.data.addTask('1', { task_id: 'new-b', title: 'Second' });
        }
      },
    );
    expect(code).toBe(0);
    expect(events[0]).toEqual({ event: 'backlog', total: 5 });
    expect(events.slice(1)).toEqual([
      { event: 'task.new', task: sandbox.data.tasks('1').find((t) => t.task_id === 'new-a') },
      { event: 'task.new', task: sandbox.data.tasks('1').find((t) => t.task_id === 'new-b') },
    ]);
  });

  it('remembers what it reported: a restart repeats nothing and reports only what came meanwhile', async () => {
    await watchUntil((events) => events.length === 1);
    sandbox.data.addTask('1', { task_id: 'while-away' });
    const second = await watchUntil((events) => events.length === 1);
    expect(second.events).toEqual([{ event: 'task.new', task: sandbox.data.tasks('1').at(-1) }]);
    // Third run: nothing new. Stop after two quiet cycles.
    let cycles = 0;
    const before = sandbox.requests.length;
    const stop = new AbortController();
    const timer = setInterval(() => {
      cycles = sandbox.requests.length - before;
      if (cycles >= 2) stop.abort();
    }, 5);
    const third = await cli.run(['watch', '--interval', '1', '--json'], { signal: stop.signal });
    clearInterval(timer);
    expect(third.out).toEqual([]);
  });

  it('prints an error event and keeps going on a server error', async () => {
    sandbox.setFault({ kind: 'server-error', times: 1 });
    const { code, events } = await watchUntil((events) => events.some((e) => e.event === 'backlog'));
    expect(code).toBe(0);
    expect(events[0]).toMatchObject({ event: 'error', kind: 'server' });
    expect(typeof events[0]?.message).toBe('string');
    expect(events[1]).toEqual({ event: 'backlog', total: 5 });
  });

  it('stops with exit 3 when the token is no longer valid, after saying so', async () => {
    sandbox.setFault({ kind: 'token-invalid' });
    const { code, events, stdout } = await watchUntil(() => false);
    expect(code).toBe(3);
    expect(events).toEqual([expect.objectContaining({ event: 'error', kind: 'auth-invalid' })]);
    expect(stdout).not.toContain(sandbox.demoToken);
  });

  it('stops with exit 6 when the monthly quota is exhausted', async () => {
    sandbox.setFault({ kind: 'quota-exhausted' });
    expect((await watchUntil(() => false)).code).toBe(6);
  });
});

describe('watch (human)', () => {
  it('prints the backlog and new tasks as readable lines', async () => {
    const stop = new AbortController();
    const lines: string[] = [];
    await cli.run(['watch', '--interval', '60'], {
      signal: stop.signal,
      onLine: (line) => {
        lines.push(line);
        if (lines.length === 1) sandbox.data.addTask('1', { task_id: 'h1', title: '采购申请 laptops' });
        if (lines.length === 2) stop.abort();
      },
    });
    expect(lines[0]).toBe('5 task(s) already waiting. New ones will be printed as they arrive.');
    expect(lines[1]).toMatch(/^New: 采购申请 laptops — /);
  });

  it('refuses a nonsense interval with exit 2, before asking for a token', async () => {
    expect((await cli.run(['watch', '--interval', 'soon'])).code).toBe(2);
    expect((await cli.run(['watch', '--interval', '0'])).code).toBe(2);
    expect((await cli.run(['watch', '--interval', '0'], { env: { ...cli.env(), FEISHU_USER_ACCESS_TOKEN: '' } })).code).toBe(2);
  });
});
