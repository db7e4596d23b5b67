import type { TimelineItemView } from '../../../shared/ipc/view-types';
import { useTranslation } from '../i18n/i18n-context';
import type { MessageKey } from '../i18n/translator';
import type { TimeFormat } from '../i18n/time-format';

/** Who did what and when, with their comments; step types the app does not know show as sent. */
export function DetailTimeline({ items, now, time }: { items: TimelineItemView[]; now: number; time: TimeFormat }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <p className="field-hint">{t('detail.timelineEmpty')}</p>;
  const step = (type: string) => {
    // Variants share a word: ROLLBACK_SELECTED is a ROLLBACK, ADD_APPROVER_BEFORE an ADD_APPROVER.
    const key = `detail.steps.${type.replace(/_(SELECTED|BEFORE|AFTER)$/, '')}`;
    return i18n.exists(key) ? t(key as MessageKey) : type;
  };
  return (
    <ol className="timeline">
      {items.map((item, i) => (
        <li key={i} className="timeline-item" data-step={item.type}>
          <div className="timeline-line">
            <span className="timeline-who">{item.who || t('detail.system')}</span> <span className="timeline-what">{step(item.type)}</span>
            {item.at !== null && <span className="timeline-at">{time.clock(item.at, now)}</span>}
          </div>
          {item.comment && <p className="timeline-comment">{item.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
