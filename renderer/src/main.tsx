import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from './i18n/i18n-context';
import { App } from './app/App';
import { ApiProvider } from './app/api-context';
import { createI18n } from './i18n/create-i18n';
import { resolveLanguage } from '../../shared/settings/resolve-language';
import './styles/app.css';

// Start in the OS language; the language setting, once loaded, may switch it.
const i18n = createI18n(resolveLanguage('system', navigator.languages ?? [navigator.language]));
const root = createRoot(document.getElementById('root')!);

root.render(
  <StrictMode>
    <I18nProvider i18n={i18n}>
      {window.api ? (
        <ApiProvider api={window.api}>
          <App />
        </ApiProvider>
      ) : (
        <p role="alert">{i18n.t('app.noBridge')}</p>
      )}
    </I18nProvider>
  </StrictMode>,
);
