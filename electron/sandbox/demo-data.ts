import type { RawTask } from '../../shared/feishu/raw-task';
import { TOPIC_CODES } from '../../shared/tasks/topic';
import type { TopicCode } from '../../shared/tasks/topic';
import { SANDBOX_USER_NAME } from './auth/demo-app';
import { DEMO_DEFINITIONS, DEMO_PEOPLE } from './demo-catalog';
import { createSeededRandom, hexId, pick } from './seeded-random';

// Deterministic, realistic tasks for the demo user. Task `serial` n of a topic depends only on
// (seed, topic, n), so tasks that arrive later are as reproducible as the initial ones.

export const DEFAULT_TASKS_PER_TOPIC: Record<TopicCode, number> = { '1': 12, '2': 86, '3': 9, '17': 4, '18': 27 };

export interface DemoTaskInput {
  seed: number;
  userId: string;
  topic: TopicCode;
  serial: number;
  wordStatuses?: boolean;
}

// The field table lists numeric strings; the doc's sample shows words. Either may be asked for.
const STATUS_WORDS: Record<string, string> = { '1': 'Todo', '2': 'Done', '17': 'Unread', '18': 'Read', '33': 'Processing', '34': 'Recalled' };
const PROCESS_WORDS: Record<string, string> = { '0': 'None', '1': 'Running', '2': 'Approved', '3': 'Rejected', '4': 'Canceled', '5': 'Terminated' };

const TASK_STATUS: Record<TopicCode, string> = { '1': '1', '2': '2', '3': '2', '17': '17', '18': '18' };
const PROCESS_STATUSES: Record<TopicCode, readonly string[]> = {
  '1': ['1'],
  '2': ['1', '2', '2', '2', '3'],
  '3': ['1', '1', '2', '3', '4'],
  '17': ['1', '2', '2', '3'],
  '18': ['1', '2', '2', '3', '5'],
};
const MINI_APP = 'cli_9cb844403dbb9108';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function createDemoTask(input: DemoTaskInput): RawTask {
  const { seed, userId, topic, serial } = input;
  const random = createSeededRandom(seed, Number(topic), serial);
  const definition = pick(random, DEMO_DEFINITIONS);
  const title = pick(random, definition.titles)(serial);
  const initiator = topic === '3' ? { openId: userId, name: SANDBOX_USER_NAME } : pick(random, DEMO_PEOPLE);
  const taskId = `73${pad(seed % 10_000, 4)}${pad(Number(topic), 2)}${pad(serial, 9)}`;
  const processId = `72${pad(seed % 10_000, 4)}${pad(Number(topic), 2)}${pad(serial, 9)}`;
  const processCode = [hexId(random, 8), hexId(random, 4), `4${hexId(random, 3)}`, `a${hexId(random, 3)}`, hexId(random, 12)].join('-').toUpperCase();
  const status = TASK_STATUS[topic];
  const processStatus = pick(random, PROCESS_STATUSES[topic]);
  const appPath = (page: string) => `${page}?instanceId=${processCode}&taskId=${taskId}`;
  const task: RawTask = {
    topic,
    user_id: userId,
    title,
    urls: {
      helpdesk: `https://applink.feishu.cn/client/helpdesk/open?id=${pad(serial, 6)}&extra=${encodeURIComponent(JSON.stringify({ instance: processCode }))}`,
      mobile: `https://applink.feishu.cn/client/mini_program/open?appId=${MINI_APP}&path=${encodeURIComponent(appPath('pages/detail/index'))}`,
      pc: `https://applink.feishu.cn/client/mini_program/open?appId=${MINI_APP}&mode=appCenter&path=${encodeURIComponent(appPath('pc/pages/in-process/index'))}`,
    },
    status: input.wordStatuses ? (STATUS_WORDS[status] ?? status) : status,
    process_status: input.wordStatuses ? (PROCESS_WORDS[processStatus] ?? processStatus) : processStatus,
    definition_code: definition.code,
    initiators: [initiator.openId],
    initiator_names: [initiator.name],
    task_id: taskId,
    process_id: processId,
    process_code: processCode,
    definition_group_id: definition.groupId,
    definition_group_name: definition.groupName,
    definition_id: definition.id,
    definition_name: definition.name,
  };
  if (definition.external) {
    task.process_external_id = `itsm-${pad(serial, 6)}`;
    task.task_external_id = `itsm-task-${pad(serial, 6)}`;
  }
  return task;
}

export function createDemoTasks(options: {
  seed: number;
  userId: string;
  tasksPerTopic?: Partial<Record<TopicCode, number>>;
  wordStatuses?: boolean;
}): Record<TopicCode, RawTask[]> {
  const out = {} as Record<TopicCode, RawTask[]>;
  for (const topic of TOPIC_CODES) {
    const size = options.tasksPerTopic?.[topic] ?? DEFAULT_TASKS_PER_TOPIC[topic];
    out[topic] = Array.from({ length: size }, (_, serial) =>
      createDemoTask({ seed: options.seed, userId: options.userId, topic, serial, wordStatuses: options.wordStatuses }),
    );
  }
  return out;
}
