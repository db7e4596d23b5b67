import { useEffect, useState } from 'react';
import type { TopicView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';

/** One topic's tasks: asked for when the tab opens, replaced by `tasks:topic-changed` pushes. */
export function useTopicView(topic: TopicCode): TopicView | null {
  const api = useApi();
  const [view, setView] = useState<TopicView | null>(null);
  useEffect(() => {
    let live = true;
    setView(null);
    const off = api.on('tasks:topic-changed', (next) => {
      if (next.topic === topic) setView(next);
    });
    void api.getTopic({ topic }).then((value) => {
      if (live) setView((current) => current ?? value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api, topic]);
  return view;
}
