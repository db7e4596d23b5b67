import { afterEach, describe, expect, it } from 'vitest';
import { createDemoTasks } from '../../../electron/sandbox/demo-data';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { TOPIC_CODES } from '../../../shared/tasks/topic';
import { allPages, control, queryTasks } from './sandbox-query';

const USER = 'ou_sandbox_demo_user';

describe('demo data', () => {
  it('is the same for the same seed and differs for another seed', () => {
    const a = createDemoTasks({ seed: 42, userId: USER });
    expect(createDemoTasks({ seed: 42, userId: USER })).toEqual(a);
    const b = createDemoTasks({ seed: 43, userId: USER });
    expect(b['1'].map((t) => t.title)).not.toEqual(a['1'].map((t) => t.title));
  });

  it('fills all five topics with realistic zh and en tasks with unique ids and https links', () => {
    const all = createDemoTasks({ seed: 1, userId: USER, tasksPerTopic: { '2': 300 } });
    for (const topic of TOPIC_CODES) expect(all[topic].length, topic).toBeGreaterThan(0);
    const tasks = TOPIC_CODES.flatMap((topic) => all[topic]);
    const titles = tasks.map((t) => String(t.title)).join('\n');
    for (const word of ['报销', '请假', '采购', '合同审批', 'Contract review']) expect(titles).toContain(word);
    expect(new Set(tasks.map((t) => t.task_id)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task.user_id).toBe(USER);
      expect(task.initiator_names).toEqual([expect.any(String)]);
      expect(task.definition_group_name).toEqual(expect.any(String));
      for (const url of Object.values(task.urls ?? {})) expect(new URL(String(url)).protocol).toBe('https:');
    }
    expect(all['1'].every((t) => t.status === '1' && t.process_status === '1')).toBe(true);
    expect(all['17'].every((t) => t.status === '17')).toBe(true);
  });

  it('spells statuses as words when asked', () => {
    const words = createDemoTasks({ seed: 1, userId: USER, wordStatuses: true });
    expect(words['1'][0]).toMatchObject({ status: 'Todo', process_status: 'Running' });
    expect(words['18'].every((t) => t.status === 'Read')).toBe(true);
  });
});

describe('sandbox data over time', () => {
  let sandbox: Sandbox;
  afterEach(() => sandbox?.close());
  const todoIds = async () => (await allPages(sandbox, { user_id: USER, topic: '1' })).flatMap((p) => p.body.data!.tasks.map((t) => String(t.task_id)));

  it('serves the same tasks for the same seed across restarts', async () => {
    sandbox = await startSandbox({ seed: 9 });
    const first = (await queryTasks(sandbox, { user_id: USER, topic: '2', page_size: '200' })).text;
    await sandbox.close();
    sandbox = await startSandbox({ seed: 9 });
    expect((await queryTasks(sandbox, { user_id: USER, topic: '2', page_size: '200' })).text).toBe(first);
  });

  it('serves word statuses when started with wordStatuses', async () => {
    sandbox = await startSandbox({ wordStatuses: true });
    const page = await queryTasks(sandbox, { user_id: USER, topic: '1' });
    expect(page.body.data!.tasks[0]).toMatchObject({ status: 'Todo', process_status: 'Running' });
  });

  it('adds a to-do task per arrivalEveryMs of the injected clock, with no timers', async () => {
    const clock = { t: 5_000 };
    sandbox = await startSandbox({ now: () => clock.t, arrivalEveryMs: 60_000, tasksPerTopic: { '1': 3 } });
    expect(await todoIds()).toHaveLength(3);
    clock.t += 59_999;
    expect(await todoIds()).toHaveLength(3);
    clock.t += 1;
    const after = await todoIds();
    expect(after).toHaveLength(4);
    clock.t += 180_000;
    expect(await todoIds()).toHaveLength(7);
    expect((await todoIds()).slice(0, 4)).toEqual(after);
  });

  it('adds and removes tasks in-process and over HTTP', async () => {
    sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
    const added = sandbox.data.addTask('1', { title: '新的报销单 New expense claim' });
    expect((await queryTasks(sandbox, { user_id: USER, topic: '1' })).body.data!.tasks.map((t) => t.title)).toContain('新的报销单 New expense claim');
    expect(sandbox.data.removeTask('1', String(added.task_id))).toBe(true);
    expect(sandbox.data.removeTask('1', String(added.task_id))).toBe(false);
    expect(await todoIds()).toHaveLength(2);

    const post = await control(sandbox, 'tasks', { body: JSON.stringify({ topic: '17', title: 'FYI: budget' }) });
    const { task } = (await post.json()) as { task: { task_id: string; topic: string } };
    expect(task.topic).toBe('17');
    expect(sandbox.data.tasks('17').map((t) => t.title)).toContain('FYI: budget');
    expect((await control(sandbox, 'tasks', { body: JSON.stringify({ topic: '9' }) })).status).toBe(400);
    const removed = await control(sandbox, 'tasks/remove', { body: JSON.stringify({ topic: '17', task_id: task.task_id }) });
    expect(await removed.json()).toEqual({ removed: true });
    const state = (await (await control(sandbox, 'state')).json()) as { counts: Record<string, number> };
    expect(state.counts['1']).toBe(2);
    expect(state.counts['17']).toBe(sandbox.data.count('17'));
  });
});
