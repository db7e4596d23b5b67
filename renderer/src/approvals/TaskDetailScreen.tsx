import { useEffect, useRef } from 'react';
import type { DecisionAction, DecisionView, TaskDetailView } from '../../../shared/ipc/view-types';
import type { TopicCode } from '../../../shared/tasks/topic';
import { ScreenHead } from '../components/ScreenHead';
import { isTextEntry } from '../hooks/use-keyboard-shortcuts';
import { useTranslation } from '../i18n/i18n-context';
import type { TimeFormat } from '../i18n/time-format';
import { DetailBody } from './DetailBody';
import { DetailFooter } from './DetailFooter';
import { useTaskDetail } from './use-task-detail';
import type { OverdueThresholds } from './overdue';

interface TaskDetailScreenProps {
  topic: TopicCode;
  taskId: string;
  /** Came from a notification's Review button: Approve gets the focus. */
  focusApprove: boolean;
  decision: DecisionView | undefined;
  /** A dialog (reject) is open over the screen: its keys are not ours. */
  covered: boolean;
  now: number;
  time: TimeFormat;
  thresholds: OverdueThresholds;
  onBack(): void;
  onDecide(detail: TaskDetailView, action: DecisionAction): void;
  onOpen(topic: TopicCode, taskId: string): void;
}

/** One task in full: the form read-only, the history, and Approve / Reject… where allowed. */
export function TaskDetailScreen(props: TaskDetailScreenProps) {
  const { t } = useTranslation();
  const load = useTaskDetail(props.topic, props.taskId);
  const detail = load.kind === 'ready' ? load.detail : null;
  const canAct = detail?.action.can === true && props.decision === undefined;
  const latest = useRef(props);
  latest.current = props;

  // A / R decide here too, as in the list (not while typing, not under the reject dialog).
  useEffect(() => {
    if (!detail || !canAct) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.repeat || latest.current.covered) return;
      if (isTextEntry(event.target)) return;
      const key = event.key.toLowerCase();
      if (key !== 'a' && key !== 'r') return;
      event.preventDefault();
      latest.current.onDecide(detail, key === 'a' ? 'approve' : 'reject');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [detail, canAct]);

  return (
    <main className="detail-screen" aria-labelledby="detail-title" data-testid="detail-screen">
      <div className="detail-head">
        <ScreenHead titleId="detail-title" title={t('detail.title')} onBack={props.onBack} />
      </div>
      <div className="detail-scroll">
        {load.kind === 'loading' && (
          <p className="loading" aria-busy="true">
            {t('detail.loading')}
          </p>
        )}
        {load.kind === 'failed' && (
          <div className="error-state" role="alert">
            <p>{t('detail.failed', { message: load.message })}</p>
            <button type="button" onClick={() => props.onOpen(props.topic, props.taskId)}>
              {t('task.openPc')}
            </button>
          </div>
        )}
        {detail && (
          <DetailBody
            detail={detail}
            now={props.now}
            time={props.time}
            thresholds={props.thresholds}
            onOpen={detail.openable ? () => props.onOpen(detail.topic, detail.taskId) : undefined}
          />
        )}
      </div>
      {detail && (
        <DetailFooter
          detail={detail}
          pending={props.decision !== undefined}
          focusApprove={props.focusApprove}
          onDecide={(action) => props.onDecide(detail, action)}
          onOpen={() => props.onOpen(detail.topic, detail.taskId)}
        />
      )}
    </main>
  );
}
