import { useTranslation } from '../i18n/i18n-context';
import type { ApiErrorDetails } from '../../../shared/feishu/api-error';

/** The last fetch failed but older data is on screen: say so above the list. */
export function StaleBanner({ error }: { error: ApiErrorDetails }) {
  const { t } = useTranslation();
  return (
    <div className="stale-banner" role="status" data-testid="stale-banner">
      {t('error.stale', { hint: t(`error.${error.kind}`) })}
    </div>
  );
}
