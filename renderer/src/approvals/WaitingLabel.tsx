import { waitingLabel } from '../../../shared/approval/waiting-time';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { AlertIcon, ClockIcon } from '../components/icons';
import { useTranslation } from '../i18n/i18n-context';
import { overdueLevel, type OverdueThresholds } from './overdue';

interface WaitingLabelProps {
  since: number | null;
  now: number;
  thresholds: OverdueThresholds;
}

/** "waiting 2 days", amber with a clock or red with a warning sign past the thresholds. */
export function WaitingLabel({ since, now, thresholds }: WaitingLabelProps) {
  const { t, i18n } = useTranslation();
  const text = waitingLabel(since, now, i18n.language as UiLanguage);
  if (!text) return null;
  const level = overdueLevel(since, now, thresholds);
  const warning =
    level === 'red' ? t('approvals.overdueRed', { hours: thresholds.redAfterHours }) : level === 'amber' ? t('approvals.overdueAmber', { hours: thresholds.amberAfterHours }) : undefined;
  return (
    <span className={`waiting waiting-${level}`} data-overdue={level} title={warning}>
      {level === 'red' && <AlertIcon />}
      {level === 'amber' && <ClockIcon />}
      <span>{text}</span>
      {warning && <span className="visually-hidden">{warning}</span>}
    </span>
  );
}
