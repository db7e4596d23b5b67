// The cost of one poll cycle (fetch + parse + normalise + diff) against the real sandbox over
// HTTP, as a ratio to a bare `fetch` + `JSON.parse` of the same pages in the same run.
import { startSandbox } from '../electron/sandbox/server';
import { createTasksClient } from '../shared/feishu/tasks-client';
import { staticTokenSource } from '../shared/auth/token-source';
import { diffTasks } from '../shared/tasks/task-diff';
import type { Task } from '../shared/tasks/task';
import { measure, median, peakHeapDuring, type BenchRow } from './measure';

const SIZES = [200, 2_000, 20_000];
const ROUNDS = 7;

async function bareCycle(baseUrl: string, token: string, userId: string): Promise<number> {
  let pageToken: string | undefined;
  let count = 0;
  do {
    const query = new URLSearchParams({ user_id: userId, topic: '1', user_id_type: 'open_id', page_size: '200' });
    if (pageToken) query.set('page_token', pageToken);
    const response = await fetch(`${baseUrl}/open-apis/approval/v4/tasks/query?${query}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = JSON.parse(await response.text()) as { data: { tasks: unknown[]; has_more: boolean; page_token?: string } };
    count += body.data.tasks.length;
    pageToken = body.data.has_more ? body.data.page_token : undefined;
  } while (pageToken);
  return count;
}

export async function runEngineBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const size of SIZES) {
    const sandbox = await startSandbox({ seed: 7, tasksPerTopic: { '1': size } });
    try {
      const client = createTasksClient({ baseUrl: sandbox.url, fetch, tokens: staticTokenSource(sandbox.demoToken) });
      let previous: Task[] | null = null;
      const engineCycle = async () => {
        const result = await client.queryTopic({ userId: sandbox.demoUserId, topic: '1' });
        diffTasks(previous, result.tasks);
        previous = result.tasks;
        return result.tasks.length;
      };
      // Warm both paths (JIT, sockets) before measuring; alternate them so drift hits both.
      await bareCycle(sandbox.url, sandbox.demoToken, sandbox.demoUserId);
      await engineCycle();
      const bare: number[] = [];
      const engine: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        bare.push(await measure(() => bareCycle(sandbox.url, sandbox.demoToken, sandbox.demoUserId)));
        engine.push(await measure(engineCycle));
      }
      const peak = await peakHeapDuring(engineCycle);
      const bareMs = median(bare);
      const engineMs = median(engine);
      rows.push({
        name: `poll cycle, ${size.toLocaleString('en')} tasks`,
        values: {
          'bare fetch+parse ms': bareMs.toFixed(1),
          'engine ms': engineMs.toFixed(1),
          ratio: (engineMs / bareMs).toFixed(2),
          'peak heap growth MiB': (peak / 2 ** 20).toFixed(1),
          target: size === 20_000 ? '< 1.50' : '',
        },
      });
    } finally {
      await sandbox.close();
    }
  }
  return rows;
}
