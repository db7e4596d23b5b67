import { useEffect } from 'react';
import type { TopicView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { useApi } from '../app/api-context';

/** How long new rows must have been on screen, in the focused window, to count as seen. */
export const SEEN_AFTER_MS = 1500;

/**
 * "New" clears once the user has seen it: the tab's new rows were on screen in the focused,
 * visible window for a moment (new rows sort first, so they are the ones in view), or the user
 * left the tab. Main then clears the markers in the list and the tray's "N new" alike.
 */
export function useMarkSeen(topics: readonly TopicCode[], view: TopicView | null, active: boolean): void {
  const api = useApi();
  const hasNew = !!view?.tasks.some((task) => task.isNew);
  const key = topics.join(',');
  useEffect(() => {
    if (!active || !hasNew) return;
    let timer = 0;
    const arm = () => {
      window.clearTimeout(timer);
      if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
      timer = window.setTimeout(() => topics.forEach((topic) => void api.markSeen({ topic })), SEEN_AFTER_MS);
    };
    const disarm = () => window.clearTimeout(timer);
    arm();
    window.addEventListener('focus', arm);
    window.addEventListener('blur', disarm);
    document.addEventListener('visibilitychange', arm);
    return () => {
      disarm();
      window.removeEventListener('focus', arm);
      window.removeEventListener('blur', disarm);
      document.removeEventListener('visibilitychange', arm);
    };
    // `key` stands for `topics`.
  }, [api, key, hasNew, active]);
}
