import { useState } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import { ScreenHead } from '../components/ScreenHead';
import type { ManagedConfig } from '../../../shared/managed/managed-config';
import { useApi } from '../app/api-context';
import { LockIcon } from './LockIcon';
import { hostOf } from './use-managed';
import './managed-sign-in.css';

interface ManagedSignInProps {
  config: ManagedConfig;
  onDone(): void;
  notify(message: string): void;
}

/** One button: the organisation chose the app and the broker, the user only consents in the browser. */
export function ManagedSignIn({ config, onDone, notify }: ManagedSignInProps) {
  const { t } = useTranslation();
  const api = useApi();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const signIn = async () => {
    setError(null);
    setPending(true);
    try {
      const outcome = await api.signIn({ mode: 'managed' });
      if (outcome.ok) {
        notify(t('signin.done'));
        onDone();
      } else if (outcome.kind !== 'cancelled') setError(t('signin.failed', { message: outcome.message }));
    } catch (failure) {
      setError(t('signin.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    } finally {
      setPending(false);
    }
  };

  return (
    <main className="sign-in-screen managed-sign-in" aria-labelledby="sign-in-title">
      <ScreenHead titleId="sign-in-title" title={t('signin.title')} onBack={onDone} />
      <div className="managed-sign-in-body">
        <p>{t('managed.intro')}</p>
        <button type="button" className="primary managed-sign-in-button" disabled={pending} onClick={() => void signIn()}>
          {config.region === 'lark' ? t('managed.signInLark') : t('managed.signInFeishu')}
        </button>
        {pending && (
          <div className="button-row managed-sign-in-waiting">
            <span role="status">{t('signin.waiting')}</span>
            <button type="button" onClick={() => void api.cancelSignIn()}>
              {t('signin.cancel')}
            </button>
          </div>
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="field-hint managed-sign-in-note">
          <LockIcon /> {t('managed.note', { host: hostOf(config.brokerUrl) })}
        </p>
      </div>
    </main>
  );
}
