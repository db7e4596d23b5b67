import { render } from '@testing-library/react';
import { I18nProvider } from '../../../renderer/src/i18n/i18n-context';
import { App } from '../../../renderer/src/app/App';
import { ApiProvider } from '../../../renderer/src/app/api-context';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { installTestBridge, type BridgeScenario } from '../../e2e/support/test-bridge';

// The same recording bridge the e2e installs in Chromium, here in happy-dom.
export function renderApp(scenario: BridgeScenario, language: UiLanguage = 'en') {
  // happy-dom does no layout: give the list a height so the virtualiser shows rows.
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  installTestBridge(scenario);
  const api = window.api!;
  const bridge = window.__bridge!;
  const i18n = createI18n(language);
  const result = render(
    <I18nProvider i18n={i18n}>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </I18nProvider>,
  );
  return { ...result, bridge, i18n, calls: (method: string) => bridge.calls.filter((call) => call.method === method) };
}
