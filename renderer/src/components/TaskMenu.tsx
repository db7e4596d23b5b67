import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { TaskView } from '../../../shared/ipc/view-types';
import { taskTitle } from '../../../shared/tasks/task-title';
import { canDecide } from '../approvals/approvals-context';

export type TaskAction =
  | { kind: 'open'; link: 'pc' | 'mobile' | 'helpdesk' }
  | { kind: 'copy' }
  /** No link: the name, approval and instance code to the clipboard (main copies). */
  | { kind: 'copy-summary' }
  /** No link: Feishu's approval centre, when one is known for the account's region. */
  | { kind: 'open-centre' }
  /** Issue #11: the detail view, and approve / reject where main allows it. */
  | { kind: 'details' }
  | { kind: 'decide'; action: 'approve' | 'reject' };

/** Where the menu hangs: under its anchor, or above it when there is no room below. */
export interface MenuAnchor {
  top: number;
  bottom: number;
  right: number;
}

interface TaskMenuProps {
  task: TaskView;
  /** The approval centre's product name ("Feishu", "Lark") when main knows its URL, else null. */
  centre: string | null;
  anchor: MenuAnchor;
  onAction(task: TaskView, action: TaskAction): void;
  onClose(): void;
}

const MARGIN = 8;

/**
 * The row's "⋯" menu: the links that can be opened, and copy. For a task with no link it says so
 * in plain words and offers a way forward: copy its name and number, open the approval centre.
 */
export function TaskMenu({ task, centre, anchor, onAction, onClose }: TaskMenuProps) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(anchor.bottom + 4);
  // Measured before paint: flip above the anchor when the menu would leave the window.
  useLayoutEffect(() => {
    const height = menu.current?.offsetHeight ?? 0;
    if (anchor.bottom + 4 + height > window.innerHeight - MARGIN) setTop(Math.max(MARGIN, anchor.top - 4 - height));
  }, [anchor]);
  useEffect(() => {
    menu.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, []);
  const linked = task.openable.pc || task.openable.mobile || task.openable.helpdesk;
  const decidable = canDecide(task);
  const items: { action: TaskAction; label: string; keys?: string }[] = [
    ...(task.details ? [{ action: { kind: 'details' } as const, label: t('approvals.details') }] : []),
    ...(decidable ? [{ action: { kind: 'decide', action: 'approve' } as const, label: t('approvals.approve'), keys: 'A' }] : []),
    ...(decidable ? [{ action: { kind: 'decide', action: 'reject' } as const, label: t('approvals.reject'), keys: 'R' }] : []),
    ...(task.openable.pc ? [{ action: { kind: 'open', link: 'pc' } as const, label: t('task.openPc') }] : []),
    ...(task.openable.mobile ? [{ action: { kind: 'open', link: 'mobile' } as const, label: t('task.openMobile') }] : []),
    ...(task.openable.helpdesk ? [{ action: { kind: 'open', link: 'helpdesk' } as const, label: t('task.openHelpdesk') }] : []),
    ...(task.openable.pc ? [{ action: { kind: 'copy' } as const, label: t('task.copyLink') }] : []),
    ...(linked ? [] : [{ action: { kind: 'copy-summary' } as const, label: t('task.copySummary') }]),
    ...(!linked && centre ? [{ action: { kind: 'open-centre' } as const, label: t('task.openCentre', { product: centre }) }] : []),
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
  const title = taskTitle(task, t('task.untitled'));
  return (
    <>
      <div className="menu-backdrop" onClick={onClose} />
      <div ref={menu} className="task-menu" role="menu" aria-label={t('task.more', { title })} style={{ top, right: anchor.right }} onKeyDown={onKeyDown}>
        {!linked && (
          <p className="menu-note" role="none" data-testid="no-link-note">
            {t('task.noLink')}
          </p>
        )}
        {items.map((item) => (
          <button key={item.label} type="button" role="menuitem" aria-keyshortcuts={item.keys} onClick={() => onAction(task, item.action)}>
            {item.label}
            {item.keys && (
              <kbd className="menu-keys" aria-hidden="true">
                {item.keys}
              </kbd>
            )}
          </button>
        ))}
      </div>
    </>
  );
}
