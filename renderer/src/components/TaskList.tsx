import { useEffect, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TaskView } from '../../../shared/ipc/view-types';
import type { TimeFormat } from '../i18n/time-format';
import type { ListItem } from '../tasks/task-query';
import { useSeenRows } from '../hooks/use-seen-rows';
import { GroupHeader } from './GroupHeader';
import { TaskRow } from './TaskRow';

/** Two lines of title and one of details; fixed, so 5,000 rows need no measuring. */
export const ROW_HEIGHT = 72;
/** A to-do with details: one line of title, one of summaries, one of who and how long it waited. */
export const DETAILED_ROW_HEIGHT = 80;
export const HEADER_HEIGHT = 32;

export interface TaskListProps {
  items: ListItem[];
  label: string;
  selected: number;
  /** Bumped when the keyboard moved the selection: scroll to it and give it focus. */
  focusRequest: number;
  menuTaskId: string | null;
  /** The list is the screen in front: rows on screen count as seen (use-seen-rows.ts). */
  active: boolean;
  now: number;
  time: TimeFormat;
  onOpen(task: TaskView, row: HTMLElement): void;
  onSelect(index: number): void;
  onMenu(task: TaskView, anchor: HTMLElement): void;
}

/** Only the rows in view (plus a few) are in the DOM, so 5,000 tasks cost what 20 do. */
export function TaskList({ items, label, selected, focusRequest, menuTaskId, active, now, time, onOpen, onSelect, onMenu }: TaskListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useSeenRows(scroller, active);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => {
      const item = items[index];
      return item?.kind === 'header' ? HEADER_HEIGHT : item?.task.details ? DETAILED_ROW_HEIGHT : ROW_HEIGHT;
    },
    getItemKey: (index) => items[index]?.key ?? index,
    overscan: 5,
    // The real size, so the first render already picks the right rows (no second pass).
    initialRect: { width: window.innerWidth, height: window.innerHeight },
  });
  useEffect(() => {
    if (focusRequest === 0 || selected < 0) return;
    virtualizer.scrollToIndex(selected, { align: 'auto' });
    // The row may mount only after the scroll re-renders the window of rows.
    let frames = 0;
    let handle = 0;
    const focusRow = () => {
      const button = scroller.current?.querySelector<HTMLButtonElement>(`[data-index="${selected}"] .task-open`);
      if (button) button.focus({ preventScroll: true });
      else if (frames++ < 5) handle = requestAnimationFrame(focusRow);
    };
    handle = requestAnimationFrame(focusRow);
    return () => cancelAnimationFrame(handle);
    // Only a new request moves focus; a selection by mouse or focus must not steal it.
  }, [focusRequest]);
  return (
    <div ref={scroller} className="task-scroller" data-testid="task-scroller">
      <div role="list" aria-label={label} className="task-list" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (!item) return null;
          return (
            <div
              key={row.key}
              data-index={row.index}
              className="virtual-row"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              role={item.kind === 'header' ? 'presentation' : undefined}
            >
              {item.kind === 'header' ? (
                <GroupHeader label={item.label} count={item.count} />
              ) : (
                <TaskRow
                  task={item.task}
                  index={row.index}
                  selected={row.index === selected}
                  menuOpen={menuTaskId === item.task.id}
                  now={now}
                  time={time}
                  onOpen={onOpen}
                  onSelect={onSelect}
                  onMenu={onMenu}
                />
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
