import { useTranslation } from '../i18n/i18n-context';
import type { ApiErrorDetails } from '../../../shared/feishu/api-error';

interface ErrorStateProps {
  topicName: string;
  error: ApiErrorDetails;
  onRetry(): void;
  onSignIn(): void;
}

/** A failed load with no data to fall back on: what happened and what to do. */
export function ErrorState({ topicName, error, onRetry, onSignIn }: ErrorStateProps) {
  const { t } = useTranslation();
  const signIn = error.kind === 'auth-invalid' || error.kind === 'auth-expired';
  return (
    <div className="error-state" role="alert" data-testid="error-state">
      <h2>{t('error.title', { topic: topicName })}</h2>
      <p>{t(`error.${error.kind}`)}</p>
      {signIn ? (
        <button type="button" className="primary" onClick={onSignIn}>
          {t('app.signIn')}
        </button>
      ) : (
        <button type="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
