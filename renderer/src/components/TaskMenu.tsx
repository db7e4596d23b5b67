import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskView } from '../../../shared/ipc/view-types';

export type TaskAction = { kind: 'open'; link: 'pc' | 'mobile' | 'helpdesk' } | { kind: 'copy' };

interface TaskMenuProps {
  task: TaskView;
  anchor: { top: number; right: number };
  onAction(task: TaskView, action: TaskAction): void;
  onClose(): void;
}

/** The row's "⋯" menu: other links and copy. Links that fail the URL policy are disabled. */
export function TaskMenu({ task, anchor, onAction, onClose }: TaskMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, []);
  const items: { action: TaskAction; label: string; enabled: boolean }[] = [
    { action: { kind: 'open', link: 'pc' }, label: t('task.openPc'), enabled: task.openable.pc },
    { action: { kind: 'open', link: 'mobile' }, label: t('task.openMobile'), enabled: task.openable.mobile },
    { action: { kind: 'open', link: 'helpdesk' }, label: t('task.openHelpdesk'), enabled: task.openable.helpdesk },
    { action: { kind: 'copy' }, label: t('task.copyLink'), enabled: task.openable.pc },
  ];
  // ↑/↓ walk the menu; preventDefault keeps the window shortcuts from moving the list too.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
    next?.focus();
  };
  return (
    <>
      <div className="menu-backdrop" onClick={onClose} />
      <div
        ref={menu}
        className="task-menu"
        role="menu"
        aria-label={t('task.more', { title: task.title })}
        style={{ top: anchor.top, right: anchor.right }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <button key={item.label} type="button" role="menuitem" disabled={!item.enabled} onClick={() => onAction(task, item.action)}>
            {item.label}
            {!item.enabled && <span className="no-link">{t('task.noSafeLink')}</span>}
          </button>
        ))}
      </div>
    </>
  );
}
