import { useEffect } from 'react';
import { useTranslation } from '../i18n/i18n-context';
import type { Settings } from '../../../shared/settings/settings';
import { resolveLanguage } from '../../../shared/settings/resolve-language';

/** Applies the language and theme settings to the translator and the document root. */
export function useAppearance(settings: Settings | null): void {
  const { i18n, t } = useTranslation();
  const language = settings?.language ?? 'system';
  const theme = settings?.theme ?? 'system';
  useEffect(() => {
    const resolved = resolveLanguage(language, navigator.languages ?? [navigator.language]);
    if (i18n.language !== resolved) void i18n.changeLanguage(resolved);
    document.documentElement.lang = resolved === 'zh' ? 'zh-CN' : 'en';
  }, [i18n, language]);
  const title = t('app.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  useEffect(() => {
    // "system" leaves the attribute off so the CSS follows prefers-color-scheme.
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
}
