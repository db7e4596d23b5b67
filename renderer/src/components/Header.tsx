import { useTranslation } from '../i18n/i18n-context';
import type { AppState } from '../../../shared/ipc/view-types';
import { AccountBadge } from './AccountBadge';
import type { StateDescription } from './describe-poller';
import { RefreshIcon, SettingsIcon } from './icons';

interface HeaderProps {
  state: AppState | null;
  line: StateDescription | null;
  onRefresh(): void;
  onOpenSettings(): void;
  onSignIn(): void;
}

/** One line: who (account or Demo), how things stand, and the refresh and settings buttons. */
export function Header({ state, line, onRefresh, onOpenSettings, onSignIn }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <h1 className="visually-hidden">{t('app.title')}</h1>
      {state?.demo ? (
        <>
          <span className="demo-badge" title={t('app.demoHint')}>
            {t('app.demo')}
          </span>
          <button type="button" className="primary compact" title={t('app.demoHint')} onClick={onSignIn}>
            {t('app.signIn')}
          </button>
        </>
      ) : (
        state?.account && <AccountBadge account={state.account} />
      )}
      <span className={`header-state state-${line?.tone ?? 'calm'}`} title={line?.text} data-testid="updated-at">
        {line?.short ?? t('app.loading')}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={t('app.refresh')}
        title={t('app.refresh')}
        onClick={onRefresh}
        disabled={state?.poller.kind === 'updating'}
      >
        <RefreshIcon />
      </button>
      <button type="button" className="icon-button" aria-label={t('app.settings')} title={t('app.settings')} onClick={onOpenSettings}>
        <SettingsIcon />
      </button>
    </header>
  );
}
