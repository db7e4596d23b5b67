import { useTranslation } from '../i18n/i18n-context';

/** The top of a secondary screen (settings, sign-in): a Back button and the screen's title. */
export function ScreenHead({ titleId, title, onBack }: { titleId: string; title: string; onBack(): void }) {
  const { t } = useTranslation();
  return (
    <div className="screen-head">
      <button type="button" onClick={onBack}>
        {t('app.back')}
      </button>
      <h2 id={titleId}>{title}</h2>
    </div>
  );
}
