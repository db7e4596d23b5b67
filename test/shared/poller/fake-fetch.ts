import type { TopicResult } from '../../../shared/feishu/tasks-client';
import type { TopicCode } from '../../../shared/tasks/topic';

// A scripted fetchTopic: each call takes the next scripted answer (or the default one) and
// records which topic was asked for and when.

export type Answer = TopicResult | Error | (() => Promise<TopicResult>);

export function topicResult(topic: TopicCode, calls = 1): TopicResult {
  return { topic, total: 0, capped: false, tasks: [], rawTasks: [], calls, dropped: 0 };
}

export function createFakeFetch(now: () => number) {
  const script: Answer[] = [];
  const log: Array<{ topic: TopicCode; at: number }> = [];
  let active = 0;
  let maxActive = 0;
  const fetchTopic = async (topic: TopicCode): Promise<TopicResult> => {
    log.push({ topic, at: now() });
    active += 1;
    maxActive = Math.max(maxActive, active);
    try {
      const answer = script.shift() ?? topicResult(topic);
      if (answer instanceof Error) throw answer;
      if (typeof answer === 'function') return await answer();
      return { ...answer, topic };
    } finally {
      active -= 1;
    }
  };
  return {
    fetchTopic,
    log,
    then: (...answers: Answer[]) => script.push(...answers),
    maxActive: () => maxActive,
    times: () => log.map((entry) => entry.at),
  };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
