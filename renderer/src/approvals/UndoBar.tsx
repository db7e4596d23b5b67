import { useEffect, useState } from 'react';
import type { DecisionView } from '../../../shared/ipc/view-types';
import { useTranslation } from '../i18n/i18n-context';

interface UndoBarProps {
  decisions: DecisionView[];
  onUndo(taskId: string): void;
  onDismiss(taskId: string): void;
  onOpen(taskId: string): void;
}

/** Seconds left before main sends it; 0 once the window has passed. */
export function secondsLeft(sendsAt: number, now: number): number {
  return Math.max(0, Math.ceil((sendsAt - now) / 1000));
}

/** A countdown that ticks only while something waits in its undo window. */
function useTick(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/**
 * The bar under the window's content: each approve / reject counting down to when it goes out,
 * with Undo (also Ctrl/⌘+Z); a failed one with its reason, Open in Feishu and Dismiss.
 */
export function UndoBar({ decisions, onUndo, onDismiss, onOpen }: UndoBarProps) {
  const { t } = useTranslation();
  const now = useTick(decisions.some((decision) => decision.state === 'waiting'));
  if (decisions.length === 0) return null;
  return (
    <section className="undo-bars" aria-label={t('approvals.undo')}>
      {decisions.map((decision) => {
        const key = decision.action === 'approve' ? 'approve' : 'reject';
        if (decision.state === 'failed') {
          return (
            <div key={decision.taskId} className="undo-bar failed" role="alert" data-testid="decision-failed">
              <div className="undo-text">
                <strong>{t(key === 'approve' ? 'approvals.failedApprove' : 'approvals.failedReject', { title: decision.title })}</strong>
                {decision.message && <span className="undo-reason">{decision.message}</span>}
              </div>
              <div className="undo-actions">
                <button type="button" className="compact" onClick={() => onOpen(decision.taskId)}>
                  {t('task.openPc')}
                </button>
                <button type="button" className="compact" onClick={() => onDismiss(decision.taskId)}>
                  {t('approvals.dismiss')}
                </button>
              </div>
            </div>
          );
        }
        const left = secondsLeft(decision.sendsAt, now);
        const waiting = decision.state === 'waiting' && left > 0;
        return (
          <div key={decision.taskId} className={`undo-bar ${key}`} role="status" data-testid="decision-pending">
            <div className="undo-text">
              <strong>{t(key === 'approve' ? 'approvals.pendingApprove' : 'approvals.pendingReject', { title: decision.title })}</strong>
              <span className="undo-countdown" aria-live="off">
                {waiting ? t('approvals.countdown', { seconds: left }) : t('approvals.sending')}
              </span>
            </div>
            <div className="undo-actions">
              <button type="button" className="compact" disabled={!waiting} aria-keyshortcuts="Control+Z Meta+Z" title={t('approvals.undoLabel')} onClick={() => onUndo(decision.taskId)}>
                {t('approvals.undo')}
              </button>
            </div>
          </div>
        );
      })}
    </section>
  );
}
