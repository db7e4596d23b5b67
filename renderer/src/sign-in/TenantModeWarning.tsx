import { useTranslation } from '../i18n/i18n-context';

/** App credentials are a tenant-level key: say so before anyone types one in. */
export function TenantModeWarning() {
  const { t } = useTranslation();
  return (
    <p className="field-error tenant-warning" role="note" data-testid="tenant-warning">
      {t('managed.tenantWarning')}
    </p>
  );
}
