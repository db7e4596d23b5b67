import { useTranslation } from '../i18n/i18n-context';
import type { Settings } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';

/**
 * The sites outside Feishu/Lark the user allowed task links to open (main asks in a native
 * dialog and remembers). The window can only take one back; the new list arrives as
 * `settings:changed`.
 */
export function AllowedLinkHostsSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const api = useApi();
  const hosts = settings.allowedLinkHosts;
  return (
    <section className="settings-section" aria-labelledby="settings-link-hosts">
      <h2 id="settings-link-hosts">{t('linkHosts.title')}</h2>
      <p className="field-hint">{t('linkHosts.intro')}</p>
      {hosts.length === 0 ? (
        <p>{t('linkHosts.none')}</p>
      ) : (
        <ul className="link-hosts">
          {hosts.map((host) => (
            <li key={host}>
              <span className="link-host">{host}</span>
              <button type="button" aria-label={t('linkHosts.removeLabel', { host })} onClick={() => void api.forgetLinkHost({ host })}>
                {t('linkHosts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
