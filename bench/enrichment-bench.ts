// What the details enrichment (issue #11) costs in API calls: 10 simulated hours of polling the
// to-do list every 5 minutes against the sandbox over real HTTP, 5 new to-dos an hour, with the
// enrichment planner deciding the GET /tasks and GET /instances/detail calls.
import { startSandbox } from '../electron/sandbox/server';
import { createApprovalClient } from '../shared/approval/approval-client';
import { applyDetail, applyDrops, applyList, emptyEnrichmentState, planEnrichment } from '../shared/approval/enrichment-planner';
import { staticTokenSource } from '../shared/auth/token-source';
import { createTasksClient } from '../shared/feishu/tasks-client';
import type { BenchRow } from './measure';

const HOURS = 10;
const POLL_MS = 5 * 60_000;
const NEW_PER_HOUR = 5;

async function run(label: string, options: { detailsPerCycle: number; approvePerHour: number }): Promise<BenchRow> {
  let now = Date.UTC(2026, 10, 2, 0, 0);
  const sandbox = await startSandbox({ now: () => now, tasksPerTopic: { '1': 12 }, arrivalEveryMs: 3_600_000 / NEW_PER_HOUR });
  try {
    const tokens = staticTokenSource(sandbox.demoToken);
    const tasks = createTasksClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens });
    const approvals = createApprovalClient({ baseUrl: sandbox.url, fetch: (u, i) => fetch(u, i), tokens });
    let state = emptyEnrichmentState();
    const end = now + HOURS * 3_600_000;
    let cycles = 0;
    let approved = 0;
    for (; now < end; now += POLL_MS, cycles++) {
      const polled = await tasks.queryTopic({ userId: sandbox.demoUserId, topic: '1' });
      const todo = polled.tasks.map((task) => task.id);
      const input = { trigger: 'poll' as const, todoTaskIds: todo, polledAt: now, scopes: { list: true, detail: true }, maxDetailsPerCycle: options.detailsPerCycle };
      if (planEnrichment({ ...input, state }).fetchList) {
        const list = await approvals.listTasks({ topic: '1' });
        state = applyList(state, { items: list.items, todoTaskIds: todo, at: now });
      }
      const plan = planEnrichment({ ...input, state });
      for (const code of plan.fetchDetails) {
        await approvals.instanceDetail(code);
        state = applyDetail(state, code, now);
      }
      state = applyDrops(state, plan, todo);
      // The user approves from the app now and then: the next poll no longer lists the task.
      const cyclesPerApproval = options.approvePerHour > 0 ? Math.round(3_600_000 / POLL_MS / options.approvePerHour) : 0;
      if (cyclesPerApproval > 0 && cycles % cyclesPerApproval === 0) {
        const id = todo.find((taskId) => state.instanceByTask[taskId] && taskId !== sandbox.approvals.signatureTaskId && taskId !== sandbox.approvals.noApiTaskId);
        if (id) {
          await approvals.pass({ instanceCode: state.instanceByTask[id]!, taskId: id });
          approved++;
        }
      }
    }
    const count = (suffix: string) => sandbox.requests.filter((r) => r.path.endsWith(suffix)).length;
    const enrichment = count('/v4/tasks') + count('/instances/detail');
    return {
      name: `${HOURS} simulated hours, ${label}`,
      values: {
        'poll cycles': String(cycles),
        'tasks/query calls': String(count('/tasks/query')),
        'GET /tasks calls': String(count('/v4/tasks')),
        'instances/detail calls': String(count('/instances/detail')),
        'pass calls': String(approved),
        'enrichment calls per hour': (enrichment / HOURS).toFixed(1),
      },
    };
  } finally {
    await sandbox.close();
  }
}

export async function runEnrichmentBench(): Promise<BenchRow[]> {
  return [
    await run(`poll every 5 min, ${NEW_PER_HOUR} new to-dos an hour, ≤ 3 details per cycle`, { detailsPerCycle: 3, approvePerHour: 0 }),
    await run(`same, approving 2 an hour from the app`, { detailsPerCycle: 3, approvePerHour: 2 }),
  ];
}
