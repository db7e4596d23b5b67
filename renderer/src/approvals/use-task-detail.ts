import { useEffect, useRef, useState } from 'react';
import type { Outcome } from '../../../shared/ipc/contract';
import type { TaskDetailView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';

export type DetailLoad = { kind: 'loading' } | { kind: 'ready'; detail: TaskDetailView } | { kind: 'failed'; message: string };

/** One task's detail view from main (its cache, or one counted call); loaded again per task. */
export function useTaskDetail(topic: TopicCode, taskId: string): DetailLoad {
  const api = useApi();
  const [load, setLoad] = useState<DetailLoad>({ kind: 'loading' });
  // React's StrictMode runs this effect twice on mount (in this build too): ask main once per
  // task, since a detail not cached yet costs an API call from the monthly budget.
  const asked = useRef<{ key: string; answer: Promise<Outcome<TaskDetailView>> } | null>(null);
  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    const key = `${topic}:${taskId}`;
    if (asked.current?.key !== key) asked.current = { key, answer: api.getDetail({ topic, taskId }) };
    asked.current.answer.then(
      (outcome) => live && setLoad(outcome.ok ? { kind: 'ready', detail: outcome.value } : { kind: 'failed', message: outcome.message }),
      (error: unknown) => live && setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, topic, taskId]);
  return load;
}
