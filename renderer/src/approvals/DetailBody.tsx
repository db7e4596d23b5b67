import type { TaskDetailView } from '../../../shared/ipc/view-types';
import { useTranslation } from '../i18n/i18n-context';
import type { TimeFormat } from '../i18n/time-format';
import { DetailTimeline } from './DetailTimeline';
import { FormFieldValue } from './FormFieldValue';
import type { OverdueThresholds } from './overdue';
import { WaitingLabel } from './WaitingLabel';

interface DetailBodyProps {
  detail: TaskDetailView;
  now: number;
  time: TimeFormat;
  thresholds: OverdueThresholds;
  /** Opens the approval in Feishu (attachments are there); absent when it has no safe link. */
  onOpen?(): void;
}

/** The facts (who, when, number, how long it waited), the form, then the history. */
export function DetailBody({ detail, now, time, thresholds, onOpen }: DetailBodyProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="detail-task-title">{detail.title.trim() || detail.definitionName.trim() || t('task.untitled')}</h3>
      <dl className="detail-facts">
        <dt>{t('detail.initiator')}</dt>
        <dd>{detail.initiatorName || t('task.noInitiator')}</dd>
        {detail.definitionName && detail.title && (
          <>
            <dt className="visually-hidden">{t('toolbar.filterGroup')}</dt>
            <dd className="detail-definition">{detail.definitionName}</dd>
          </>
        )}
        {detail.serialNumber && (
          <>
            <dt>{t('detail.serial')}</dt>
            <dd className="detail-serial">{detail.serialNumber}</dd>
          </>
        )}
        {detail.submittedAt !== null && (
          <>
            <dt>{t('detail.submitted')}</dt>
            <dd>{time.clock(detail.submittedAt, now)}</dd>
          </>
        )}
        {detail.waitingSince !== null && (
          <>
            <dt>{t('detail.waiting')}</dt>
            <dd>
              {time.clock(detail.waitingSince, now)} · <WaitingLabel since={detail.waitingSince} now={now} thresholds={thresholds} />
            </dd>
          </>
        )}
      </dl>
      <section className="detail-section" aria-labelledby="detail-form">
        <h4 id="detail-form">{t('detail.form')}</h4>
        {detail.form.ok ? (
          <dl className="detail-form" data-testid="detail-form">
            {detail.form.fields.map((field, i) => (
              <div key={i} className="form-field" data-kind={field.kind}>
                <dt>{field.name}</dt>
                <dd>
                  <FormFieldValue field={field} onOpen={onOpen} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p className="field-hint">{t('detail.formError', { message: detail.form.error })}</p>
        )}
      </section>
      <section className="detail-section" aria-labelledby="detail-history">
        <h4 id="detail-history">{t('detail.timeline')}</h4>
        <DetailTimeline items={detail.timeline} now={now} time={time} />
      </section>
    </>
  );
}
