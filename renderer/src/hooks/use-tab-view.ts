import { useEffect, useMemo, useState } from 'react';
import type { TopicView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';
import { mergeTopicViews } from '../tasks/merge-topic-views';

type Views = Partial<Record<TopicCode, TopicView>>;

/**
 * A tab's tasks: each of its topics is asked for when the tab opens and replaced by
 * `tasks:topic-changed` pushes; the tab shows them as one view (null until all have arrived).
 */
export function useTabView(topics: readonly TopicCode[]): TopicView | null {
  const api = useApi();
  const [views, setViews] = useState<Views>({});
  const key = topics.join(',');
  useEffect(() => {
    let live = true;
    setViews({});
    const off = api.on('tasks:topic-changed', (next) => {
      if (topics.includes(next.topic)) setViews((current) => ({ ...current, [next.topic]: next }));
    });
    for (const topic of topics) {
      void api.getTopic({ topic }).then((value) => {
        if (live) setViews((current) => (current[topic] ? current : { ...current, [topic]: value }));
      });
    }
    return () => {
      live = false;
      off();
    };
    // `key` stands for `topics`: a new array with the same topics is the same tab.
  }, [api, key]);
  return useMemo(() => mergeTopicViews(topics, views), [key, views]);
}
