import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { zh } from './zh';
import type { UiLanguage } from '../../../shared/settings/resolve-language';

/** A fresh i18next instance per window (and per test): no shared global state. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: { en: { translation: en }, zh: { translation: zh } },
    // React escapes text itself; escaping here would show "&lt;" in titles.
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
