import { useEffect, useState } from 'react';
import type { TaskDetailView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';

export type DetailLoad = { kind: 'loading' } | { kind: 'ready'; detail: TaskDetailView } | { kind: 'failed'; message: string };

/** One task's detail view from main (its cache, or one counted call); loaded again per task. */
export function useTaskDetail(topic: TopicCode, taskId: string): DetailLoad {
  const api = useApi();
  const [load, setLoad] = useState<DetailLoad>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ kind: 'loading' });
    api.getDetail({ topic, taskId }).then(
      (outcome) => live && setLoad(outcome.ok ? { kind: 'ready', detail: outcome.value } : { kind: 'failed', message: outcome.message }),
      (error: unknown) => live && setLoad({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, topic, taskId]);
  return load;
}
