import type { UiLanguage } from '../../../shared/settings/resolve-language';
import { en } from './en';
import { createTranslator, type Translator } from './translator';
import { zh } from './zh';

/** A fresh translator per window (and per test): no shared global state. */
export function createI18n(language: UiLanguage): Translator {
  return createTranslator({ en, zh }, language);
}
