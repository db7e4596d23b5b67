import { useEffect, useRef } from 'react';
import type { DecisionAction, TaskDetailView } from '../../../shared/ipc/view-types';
import { useTranslation } from '../i18n/i18n-context';
import { actionNote } from './action-note';

interface DetailFooterProps {
  detail: TaskDetailView;
  /** A decision for this task waits in its undo window or failed: no second one. */
  pending: boolean;
  focusApprove: boolean;
  onDecide(action: DecisionAction): void;
  onOpen(): void;
}

/** Always in view at the bottom: Approve / Reject… where main allows it, else why not. */
export function DetailFooter({ detail, pending, focusApprove, onDecide, onOpen }: DetailFooterProps) {
  const { t } = useTranslation();
  const approve = useRef<HTMLButtonElement>(null);
  const note = actionNote(t, detail.action);
  useEffect(() => {
    if (focusApprove) approve.current?.focus();
  }, [focusApprove]);
  return (
    <footer className="detail-footer" data-testid="detail-footer">
      {note && <p className="detail-note">{note}</p>}
      <div className="detail-buttons">
        <button type="button" onClick={onOpen} disabled={!detail.openable} className="detail-open">
          {t('task.openPc')}
        </button>
        {detail.action.can && (
          <>
            <button type="button" className="danger-outline" aria-keyshortcuts="R" disabled={pending} onClick={() => onDecide('reject')}>
              {t('approvals.reject')}
            </button>
            <button ref={approve} type="button" className="primary" aria-keyshortcuts="A" disabled={pending} onClick={() => onDecide('approve')}>
              {t('approvals.approve')}
            </button>
          </>
        )}
      </div>
    </footer>
  );
}
