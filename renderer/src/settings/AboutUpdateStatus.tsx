import { useTranslation } from '../i18n/i18n-context';
import type { UpdateState } from '../../../shared/update/update-state';

// One line for the updater's state, the "Restart to update" button when an update is ready, and
// the feed's release notes when it sent any (plain text: React escapes it).
export function AboutUpdateStatus({ update, feed, onRestart }: { update: UpdateState; feed: string | null; onRestart(): void }) {
  const { t, i18n } = useTranslation();
  const when = (ms: number) => new Date(ms).toLocaleString(i18n.language);
  const line = (() => {
    switch (update.kind) {
      case 'off':
        return update.reason === 'no-feed' ? t('about.off') : t('about.offDev');
      case 'idle':
        return update.lastCheckAt === null ? t('about.idle') : t('about.idleChecked', { when: when(update.lastCheckAt) });
      case 'checking':
        return t('about.checking');
      case 'downloading':
        return t('about.downloading', { version: update.version, percent: update.percent });
      case 'ready':
        return t('about.ready', { version: update.version });
      case 'failed':
        return t('about.failed', { message: update.message, when: when(update.retryAt) });
    }
  })();
  return (
    <div className="about-update">
      <p role="status">{line}</p>
      {feed && <p className="about-muted">{t('about.feed', { feed })}</p>}
      {update.kind === 'ready' && (
        <>
          <div className="button-row">
            <button type="button" className="primary" onClick={onRestart}>
              {t('about.restart', { version: update.version })}
            </button>
          </div>
          {update.releaseNotes && (
            <details>
              <summary>{t('about.releaseNotes')}</summary>
              <p className="about-notes">{update.releaseNotes}</p>
            </details>
          )}
        </>
      )}
    </div>
  );
}
