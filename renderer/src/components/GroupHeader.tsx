import { useTranslation } from '../i18n/i18n-context';

export function GroupHeader({ label, count }: { label: string | null; count: number }) {
  const { t } = useTranslation();
  return (
    <div className="group-header" role="presentation">
      {t('task.groupCount', { name: label ?? t('task.noInitiator'), count })}
    </div>
  );
}
