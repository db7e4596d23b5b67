import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  move(step: 1 | -1): void;
  open(): void;
  focusSearch(): void;
  selectTab(index: number): void;
  escape(): void;
  /** A / R on the selected to-do: approve, or reject (which asks for a reason first). */
  decide?(action: 'approve' | 'reject'): void;
}

/** Keys typed here are text, not shortcuts. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isSearchBox(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.dataset.searchBox !== undefined;
}

/** Window-wide keys: ↑/↓ move, Enter opens, / searches, 1–5 pick a tab, A / R decide, Esc closes. */
export function useKeyboardShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  // Handlers change every render; the listener stays registered once and reads the latest.
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      const typing = isTextEntry(event.target);
      const inSearch = isSearchBox(event.target);
      const handle = latest.current;
      if (event.key === 'Escape') {
        handle.escape();
      } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (!typing || inSearch)) {
        event.preventDefault();
        handle.move(event.key === 'ArrowDown' ? 1 : -1);
      } else if (event.key === 'Enter' && (inSearch || event.target === document.body || !(event.target instanceof HTMLElement && event.target.closest('button, a, input, select, textarea')))) {
        event.preventDefault();
        handle.open();
      } else if (typing) {
        return;
      } else if (event.key === '/') {
        event.preventDefault();
        handle.focusSearch();
      } else if (/^[1-5]$/.test(event.key)) {
        handle.selectTab(Number(event.key) - 1);
      } else if ((event.key === 'a' || event.key === 'A' || event.key === 'r' || event.key === 'R') && handle.decide && !event.repeat) {
        event.preventDefault();
        handle.decide(event.key.toLowerCase() === 'a' ? 'approve' : 'reject');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
