import type { RawTask } from '../../shared/feishu/raw-task';
import { TOPIC_CODES } from '../../shared/tasks/topic';
import type { TopicCode } from '../../shared/tasks/topic';
import { createDemoTask, createDemoTasks } from './demo-data';
import type { SandboxData } from './sandbox-types';

// The demo user's tasks per topic, each kept with its JSON text precomputed: a page is a join of
// 200 ready strings, so serving 20,000 tasks costs the benchmark almost nothing on this side.

interface StoredTask {
  taskId: string;
  json: string;
}

export interface TaskStore extends SandboxData {
  /** JSON texts of tasks [offset, offset + size), joined with commas (no brackets). */
  pageJson(topic: TopicCode, offset: number, size: number): string;
}

export function createTaskStore(options: {
  seed: number;
  userId: string;
  tasksPerTopic?: Partial<Record<TopicCode, number>>;
  wordStatuses?: boolean;
}): TaskStore {
  const initial = createDemoTasks(options);
  const lists = {} as Record<TopicCode, StoredTask[]>;
  const nextSerial = {} as Record<TopicCode, number>;
  for (const topic of TOPIC_CODES) {
    lists[topic] = initial[topic].map(toStored);
    nextSerial[topic] = initial[topic].length;
  }

  return {
    addTask(topic, partial = {}) {
      const serial = nextSerial[topic]++;
      const generated = createDemoTask({ seed: options.seed, userId: options.userId, topic, serial, wordStatuses: options.wordStatuses });
      const task: RawTask = { ...generated, ...partial };
      lists[topic].push(toStored(task));
      return task;
    },
    removeTask(topic, taskId) {
      const index = lists[topic].findIndex((stored) => stored.taskId === taskId);
      if (index < 0) return false;
      lists[topic].splice(index, 1);
      return true;
    },
    tasks: (topic) => lists[topic].map((stored) => JSON.parse(stored.json) as RawTask),
    count: (topic) => lists[topic].length,
    pageJson: (topic, offset, size) =>
      lists[topic]
        .slice(offset, offset + size)
        .map((stored) => stored.json)
        .join(','),
  };
}

function toStored(task: RawTask): StoredTask {
  return { taskId: String(task.task_id ?? ''), json: JSON.stringify(task) };
}
