import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UiLanguage } from '../../../shared/settings/resolve-language';
import type { TFunction, Translator } from './translator';

// The provider and useTranslation the window's components use: a language change re-renders
// them, and gives `t` a new identity so memoised text follows.

const I18nContext = createContext<Translator | null>(null);

export function I18nProvider({ i18n, children }: { i18n: Translator; children: ReactNode }) {
  return <I18nContext.Provider value={i18n}>{children}</I18nContext.Provider>;
}

export function useTranslation(): { t: TFunction; i18n: Translator } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation outside I18nProvider');
  const [language, setLanguage] = useState<UiLanguage>(i18n.language);
  useEffect(() => {
    const onChange = (next: UiLanguage) => setLanguage(next);
    i18n.on('languageChanged', onChange);
    setLanguage(i18n.language);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  const t = useMemo(() => i18n.getFixedT(language), [i18n, language]);
  return { t, i18n };
}
