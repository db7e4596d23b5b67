import type { AppState, TaskView, TopicView } from '../../../shared/ipc/view-types';
import { toTaskView } from '../../../shared/app/task-views';
import { normalizeTask } from '../../../shared/tasks/normalize-task';
import { createDemoTasks } from '../../../electron/sandbox/demo-data';
import { DEMO_USER_ID } from '../../../electron/sandbox/server';
import { defaultSettings, type Settings } from '../../../shared/settings/settings';
import type { TaskStatusKind } from '../../../shared/tasks/task';
import { TOPIC_CODES, type TopicCode } from '../../../shared/tasks/topic';

// Deterministic demo-like data for the e2e and the renderer bench: same seed, same tasks.
// Times are offsets from `now` so "seen 3 h ago" reads the same on every run.

export const HOSTILE_TITLES = ['<img src=x onerror=alert(1)>', '<script>alert(2)</script>'] as const;

const DEFINITIONS = [
  { code: 'LEAVE', name: '请假 Leave request', groupId: 'g-hr', groupName: '人事 HR' },
  { code: 'EXPENSE', name: '报销 Expense claim', groupId: 'g-fin', groupName: '财务 Finance' },
  { code: 'PURCHASE', name: '采购 Purchase', groupId: 'g-fin', groupName: '财务 Finance' },
  { code: 'TRIP', name: '出差 Business trip', groupId: 'g-adm', groupName: '行政 Admin' },
  { code: 'SEAL', name: '用印 Seal use', groupId: 'g-adm', groupName: '行政 Admin' },
];
const PEOPLE = ['张伟', '李娜', '王芳', '刘洋', '陈静', 'Alice Chen', 'Bob Smith', 'Carol Wu'];
const SUBJECTS = ['年假 3 天', 'Team offsite', '服务器采购', 'Q4 travel', '合同盖章', 'Taxi receipts', '笔记本电脑', 'Conference fee'];
const STATUS_BY_TOPIC: Record<TopicCode, TaskStatusKind> = { '1': 'todo', '2': 'done', '3': 'processing', '17': 'unread', '18': 'read' };

/** mulberry32: tiny, seedable, good enough to vary demo rows. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTasks(topic: TopicCode, count: number, now: number, seed = 7): TaskView[] {
  const random = createRandom(seed * 31 + Number(topic));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const definition = pick(DEFINITIONS);
    const person = pick(PEOPLE);
    const id = `${topic}-${String(i).padStart(5, '0')}`;
    const linkOk = i % 11 !== 5;
    return {
      id,
      topic,
      title: `${pick(SUBJECTS)} · ${person} #${i + 1}`,
      status: { kind: STATUS_BY_TOPIC[topic], raw: STATUS_BY_TOPIC[topic] },
      processStatus: { kind: i % 3 === 0 ? 'approved' : 'running', raw: i % 3 === 0 ? 'APPROVED' : 'RUNNING' },
      definition: { ...definition, id: `def-${definition.code}` },
      initiators: [{ id: `ou_${PEOPLE.indexOf(person)}`, name: person }],
      links: { pc: `https://applink.feishu.cn/client/approval?id=${id}`, mobile: `https://applink.feishu.cn/m/${id}` },
      processId: `p-${id}`,
      processCode: definition.code,
      processExternalId: '',
      taskExternalId: '',
      userId: 'ou_demo',
      firstSeenAt: now - Math.floor(random() * 72) * 3_600_000 - i * 1000,
      isNew: i < 3,
      openable: { pc: linkOk, mobile: linkOk, helpdesk: false },
    } satisfies TaskView;
  });
}

/**
 * The sandbox's own demo tasks (what `npm run sandbox` and the app's demo mode serve), turned
 * into what main sends the window by the same code main uses (normalizeTask, toTaskView).
 * Every eleventh task gets links no policy lets through, so "no safe link" is exercised too.
 */
export function sandboxTasks(topic: TopicCode, count: number, now: number): TaskView[] {
  const raw = createDemoTasks({ seed: 1, userId: DEMO_USER_ID, tasksPerTopic: { [topic]: count } })[topic];
  return raw.flatMap((rawTask, i) => {
    const unsafe = i % 11 === 5 ? { ...rawTask, urls: { pc: 'javascript:alert(1)', mobile: 'file:///etc/passwd' } } : rawTask;
    const task = normalizeTask(unsafe, topic);
    if (!task) return [];
    // Seen an hour or more ago, so the hostile rows (seen a minute ago) stay the newest.
    const seenAt = now - (1 + ((i * 7919) % 72)) * 3_600_000 - i * 1000;
    return [toTaskView(task, seenAt, i < 3)];
  });
}

/** The two hostile rows the e2e checks stay text, placed first in to-do. */
export function hostileTasks(now: number): TaskView[] {
  return makeTasks('1', HOSTILE_TITLES.length, now, 99).map((task, i) => ({
    ...task,
    id: `hostile-${i}`,
    title: HOSTILE_TITLES[i]!,
    firstSeenAt: now - 60_000 * (i + 1),
    status: i === 0 ? { kind: 'unknown', raw: 'Mystery' } : task.status,
  }));
}

export function topicView(topic: TopicCode, tasks: TaskView[], now: number, capped = false): TopicView {
  return { topic, tasks, count: { total: capped ? 999 : tasks.length, capped }, fetchedAt: now - 120_000, error: null, loading: false };
}

export interface DemoScenario {
  state: AppState;
  settings: Settings;
  topics: Partial<Record<TopicCode, TopicView>>;
}

/** The demo window: to-do with hostile rows, 1,200 done (count capped → 999+), empty Read CC. */
export function demoScenario(now: number, sizes: Partial<Record<TopicCode, number>> = {}): DemoScenario {
  const size = { '1': 40, '2': 1200, '3': 18, '17': 7, '18': 0, ...sizes };
  const topics: Partial<Record<TopicCode, TopicView>> = {};
  for (const topic of TOPIC_CODES) {
    const tasks = sandboxTasks(topic, size[topic], now);
    if (topic === '1') tasks.unshift(...hostileTasks(now));
    topics[topic] = topicView(topic, tasks, now, tasks.length >= 1000);
  }
  const counts = Object.fromEntries(TOPIC_CODES.map((topic) => [topic, topics[topic]!.count!]));
  return {
    state: {
      demo: true,
      account: null,
      poller: { kind: 'idle', lastSuccessAt: now - 120_000 },
      counts,
      quota: { callsThisMonth: 1234, monthlyBudget: 3000 },
      keychain: { available: true },
      approvals: { details: { active: true, missingScopes: [] }, act: { active: false, missingScopes: [] } },
    },
    settings: defaultSettings(),
    topics,
  };
}
