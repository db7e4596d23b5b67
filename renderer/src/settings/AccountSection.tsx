import { useTranslation } from '../i18n/i18n-context';
import type { AppState } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';
import { AccountBadge } from '../components/AccountBadge';
import { hostOf } from '../sign-in/use-managed';

export function AccountSection({ state, onSignIn }: { state: AppState | null; onSignIn(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const account = state?.account ?? null;
  return (
    <section className="settings-section" aria-labelledby="settings-account">
      <h2 id="settings-account">{t('settings.account')}</h2>
      {account ? (
        <>
          <AccountBadge account={account} />
          <p>{t('settings.accountMode', { mode: t(`modes.${account.mode}`) })}</p>
          <p>{t('settings.accountRegion', { region: t(`regions.${account.region}`) })}</p>
          {account.brokerUrl && <p>{t('managed.viaBroker', { host: hostOf(account.brokerUrl) })}</p>}
        </>
      ) : (
        <p>{t('settings.accountNone')}</p>
      )}
      {state && !state.keychain.available && (
        <p className="field-error">{t('settings.keychainMissing', { message: state.keychain.message ?? '' })}</p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={onSignIn}>
          {account?.needsSignIn ? t('settings.signInAgain') : account ? t('settings.switchAccount') : t('app.signIn')}
        </button>
        {account && (
          <button type="button" onClick={() => void api.signOut()}>
            {t('settings.signOut')}
          </button>
        )}
      </div>
    </section>
  );
}
