import { useTranslation } from '../i18n/i18n-context';
import type { ManagedState } from '../../../shared/managed/managed-config';
import { LockIcon } from './LockIcon';
import { hostOf, useManaged } from './use-managed';
import './managed-sign-in.css';

/** Settings: what the organisation set, shown locked; or why its file could not be used. */
export function ManagedConfigSection() {
  const managed = useManaged();
  if (!managed || managed.status === 'none') return null;
  return <ManagedConfigView managed={managed} />;
}

function ManagedConfigView({ managed }: { managed: Exclude<ManagedState, { status: 'none' }> }) {
  const { t } = useTranslation();
  if (managed.status === 'invalid') {
    return (
      <section className="settings-section" aria-labelledby="settings-managed">
        <h2 id="settings-managed">{t('managed.title')}</h2>
        <p className="field-error" role="alert" data-testid="managed-invalid">
          {t('managed.invalid', { message: managed.message })}
        </p>
      </section>
    );
  }
  const { config } = managed;
  const rows: [string, string][] = [
    [t('signin.region'), t(`regions.${config.region}`)],
    ...(config.baseUrl ? ([[t('signin.baseUrl'), config.baseUrl]] as [string, string][]) : []),
    [t('signin.appId'), config.appId],
    [t('managed.broker'), hostOf(config.brokerUrl)],
    ...(config.callbackPort ? ([[t('signin.callbackPort'), String(config.callbackPort)]] as [string, string][]) : []),
    ...(config.trustedHosts?.length ? ([[t('managed.trustedHosts'), config.trustedHosts.join(', ')]] as [string, string][]) : []),
    ...(config.allowApprove !== undefined ? ([[t('managed.allowApprove'), config.allowApprove ? t('managed.yes') : t('managed.no')]] as [string, string][]) : []),
  ];
  return (
    <section className="settings-section" aria-labelledby="settings-managed">
      <h2 id="settings-managed">{t('managed.title')}</h2>
      <p className="field-hint managed-lead">
        <LockIcon /> {t('managed.locked')}
      </p>
      <dl className="managed-values" data-testid="managed-values">
        {rows.map(([label, value]) => (
          <div key={label} className="managed-value">
            <dt>{label}</dt>
            <dd>
              <span>{value}</span>
              <LockIcon label={t('managed.locked')} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
