import { useEffect, useState } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { AboutFolder, AboutView } from '../../../shared/about/about-view';
import { useApi } from '../app/api-context';
import { AboutUpdateStatus } from './AboutUpdateStatus';
import './about.css';

// Settings → About: version, Electron and Chromium, updates, the data and log folders, "Copy
// diagnostics" and the bundled libraries' licences. Asks main by intent only: it opens "the
// data folder", never a path, and main copies the diagnostics (this window never holds them).
export function AboutSection({ notify }: { notify(message: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [about, setAbout] = useState<AboutView | null>(null);
  useEffect(() => {
    let live = true;
    void api.getAbout().then((view) => live && setAbout(view), () => undefined);
    const off = api.on('about:changed', (view) => setAbout(view));
    return () => {
      live = false;
      off();
    };
  }, [api]);
  if (!about) return null;

  const open = (folder: AboutFolder) =>
    void api.openFolder({ folder }).then((outcome) => !outcome.ok && notify(t('about.openFailed', { message: outcome.message })));
  const copy = () => void api.copyDiagnostics().then((outcome) => notify(outcome.ok ? t('about.copied') : t('about.copyFailed', { message: outcome.message })));
  const restart = () => void api.restartToUpdate().then((outcome) => !outcome.ok && notify(outcome.message));
  const folder = (label: string, path: string, which: AboutFolder) => (
    <div className="about-folder">
      <span className="about-label">{label}</span>
      <code title={path}>{path}</code>
      <button type="button" onClick={() => open(which)}>
        {t('about.open')}
      </button>
    </div>
  );

  return (
    <section className="settings-section about-section" aria-labelledby="settings-about">
      <h2 id="settings-about">{t('about.title')}</h2>
      <p>{t('about.version', { version: about.version })}</p>
      {about.electron && <p className="about-muted">{t('about.runtime', { electron: about.electron, chromium: about.chromium ?? '?' })}</p>}
      <h3>{t('about.updates')}</h3>
      <AboutUpdateStatus update={about.update} feed={about.feed} onRestart={restart} />
      {folder(t('about.dataFolder'), about.dataFolder, 'data')}
      {folder(t('about.logFolder'), about.logFolder, 'logs')}
      <div className="button-row">
        <button type="button" onClick={copy}>
          {t('about.copyDiagnostics')}
        </button>
      </div>
      <details>
        <summary>{t('about.licences', { count: about.licences.length })}</summary>
        <ul className="about-licences">
          {about.licences.map((entry) => (
            <li key={`${entry.name}@${entry.version}`}>
              {entry.name} {entry.version} — {entry.licence}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
