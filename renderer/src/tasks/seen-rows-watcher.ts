import { MAX_SEEN_IDS_PER_CALL } from '../../../shared/ipc/limits';
import { isTopicCode } from '../../../shared/tasks/topic';
import type { TopicCode } from '../../../shared/tasks/topic';

// Which "new" rows the user has actually seen: a row counts once it was mostly on screen, in the
// visible, focused window, for a moment. The list is virtualised, so rows come and go as it
// scrolls; the watcher observes whatever rows carry `data-new-row` (with `data-topic` and
// `data-task-row`), and reports their ids per topic. Main then clears them in the list and the
// tray alike, and remembers it across restarts.

/** How long a row must have been on screen, in the focused window, to count as seen. */
export const SEEN_AFTER_MS = 1000;
/** The share of a row that must be inside the list's viewport. */
const VISIBLE_SHARE = 0.6;

export interface SeenRowsWatcher {
  /** Starts observing new rows that mounted since the last call. */
  watchNewRows(): void;
  stop(): void;
}

export function watchSeenRows(root: HTMLElement, report: (topic: TopicCode, taskIds: string[]) => void, delayMs = SEEN_AFTER_MS): SeenRowsWatcher {
  const visible = new Set<HTMLElement>();
  const timers = new Map<HTMLElement, number>();
  const watched = new WeakSet<Element>();
  // Sent once: the row keeps its dot until main's answer arrives, and must not be sent again.
  const reported = new Set<string>();
  const pending = new Map<TopicCode, string[]>();
  let flushTimer = 0;

  const inView = () => document.visibilityState === 'visible' && document.hasFocus();

  function arm(row: HTMLElement) {
    if (timers.has(row) || !inView()) return;
    const timer = window.setTimeout(() => {
      timers.delete(row);
      if (row.isConnected && visible.has(row) && inView()) seen(row);
    }, delayMs);
    timers.set(row, timer);
  }
  function disarm(row: HTMLElement) {
    window.clearTimeout(timers.get(row));
    timers.delete(row);
  }
  function seen(row: HTMLElement) {
    const topic = row.dataset.topic;
    const id = row.dataset.taskRow;
    if (!isTopicCode(topic) || !id || !row.hasAttribute('data-new-row')) return;
    const key = `${topic}\u0000${id}`;
    if (reported.has(key)) return;
    reported.add(key);
    pending.set(topic, [...(pending.get(topic) ?? []), id]);
    // Rows that came into view together go out in one request per topic.
    if (!flushTimer) flushTimer = window.setTimeout(flush, 0);
  }
  function flush() {
    flushTimer = 0;
    for (const [topic, ids] of pending) {
      for (let i = 0; i < ids.length; i += MAX_SEEN_IDS_PER_CALL) report(topic, ids.slice(i, i + MAX_SEEN_IDS_PER_CALL));
    }
    pending.clear();
  }

  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const row = entry.target as HTMLElement;
        if (entry.isIntersecting && entry.intersectionRatio >= VISIBLE_SHARE) {
          visible.add(row);
          arm(row);
        } else {
          visible.delete(row);
          disarm(row);
        }
      }
    },
    { root, threshold: [0, VISIBLE_SHARE, 1] },
  );

  // Focus or visibility back: the rows in view start their moment again; gone: it stops.
  const onFocus = () => visible.forEach(arm);
  const onBlur = () => [...timers.keys()].forEach(disarm);
  const onVisibility = () => (document.visibilityState === 'visible' ? onFocus() : onBlur());
  window.addEventListener('focus', onFocus);
  window.addEventListener('blur', onBlur);
  document.addEventListener('visibilitychange', onVisibility);

  function watchNewRows() {
    root.querySelectorAll<HTMLElement>('[data-new-row]').forEach((row) => {
      if (watched.has(row)) return;
      watched.add(row);
      observer.observe(row);
    });
  }
  watchNewRows();

  return {
    watchNewRows,
    stop() {
      observer.disconnect();
      onBlur();
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('blur', onBlur);
      document.removeEventListener('visibilitychange', onVisibility);
      window.clearTimeout(flushTimer);
      flush();
    },
  };
}
