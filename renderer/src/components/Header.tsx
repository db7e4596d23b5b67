import { useTranslation } from 'react-i18next';
import type { AppState } from '../../../shared/ipc/view-types';
import type { TimeFormat } from '../i18n/time-format';
import { AccountBadge } from './AccountBadge';

interface HeaderProps {
  state: AppState | null;
  now: number;
  time: TimeFormat;
  onRefresh(): void;
  onOpenSettings(): void;
  onSignIn(): void;
}

export function Header({ state, now, time, onRefresh, onOpenSettings, onSignIn }: HeaderProps) {
  const { t } = useTranslation();
  const lastSuccessAt = state?.poller.lastSuccessAt ?? null;
  return (
    <header className="app-header">
      <h1 className="app-title">{t('app.title')}</h1>
      {state?.demo && (
        <span className="demo-badge" title={t('app.demoHint')}>
          {t('app.demo')}
        </span>
      )}
      {state?.demo && (
        <button type="button" className="primary" onClick={onSignIn}>
          {t('app.signIn')}
        </button>
      )}
      <span className="header-spacer" />
      {state?.account && <AccountBadge account={state.account} />}
      <span className="updated-at" data-testid="updated-at">
        {lastSuccessAt === null ? t('app.neverUpdated') : t('app.updatedAt', { time: time.clock(lastSuccessAt, now) })}
      </span>
      <button type="button" onClick={onRefresh} disabled={state?.poller.kind === 'updating'}>
        {t('app.refresh')}
      </button>
      <button type="button" onClick={onOpenSettings}>
        {t('app.settings')}
      </button>
    </header>
  );
}
