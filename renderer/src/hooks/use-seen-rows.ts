import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useApi } from '../app/api-context';
import { watchSeenRows } from '../tasks/seen-rows-watcher';
import type { SeenRowsWatcher } from '../tasks/seen-rows-watcher';

/**
 * Reports the "new" rows the user has seen (seen-rows-watcher.ts says what counts) while the
 * list is the active screen. Re-checks after every render, since the virtual list mounts rows
 * as it scrolls.
 */
export function useSeenRows(scroller: RefObject<HTMLElement | null>, active: boolean): void {
  const api = useApi();
  const watcher = useRef<SeenRowsWatcher | null>(null);
  useEffect(() => {
    const root = scroller.current;
    // No IntersectionObserver (an old test DOM): nothing is reported, nothing breaks.
    if (!active || !root || typeof IntersectionObserver === 'undefined') return;
    const current = watchSeenRows(root, (topic, taskIds) => void api.markSeen({ topic, taskIds }));
    watcher.current = current;
    return () => {
      current.stop();
      watcher.current = null;
    };
  }, [api, active, scroller]);
  useEffect(() => watcher.current?.watchNewRows());
}
