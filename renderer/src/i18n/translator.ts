import type { UiLanguage } from '../../../shared/settings/resolve-language';
import type { Catalog } from './catalog-type';
import type { en } from './en';

// The window's translator: nested catalog lookup, `{{name}}` interpolation, a language switch
// with a change event. That is all the window ever used of i18next, which weighed 44 KB of the
// renderer's minified JavaScript (issue #10's budget is 350 KB in all); these lines do the same
// job. React escapes text itself, so nothing is escaped here (escaping would show "&lt;").

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every key the English catalog has: `t('no.such.key')` fails to compile. */
export type MessageKey = Leaves<typeof en>;
export type MessageValues = Record<string, string | number>;
export type TFunction = (key: MessageKey, values?: MessageValues) => string;

export interface Translator {
  readonly language: UiLanguage;
  t: TFunction;
  exists(key: string): boolean;
  getFixedT(language: UiLanguage): TFunction;
  changeLanguage(language: UiLanguage): Promise<void>;
  on(event: 'languageChanged', listener: (language: UiLanguage) => void): void;
  off(event: 'languageChanged', listener: (language: UiLanguage) => void): void;
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: unknown = catalog;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** A missing key shows as itself (a test catches it), a missing value leaves its `{{name}}`. */
export function translate(catalog: Catalog, key: string, values?: MessageValues): string {
  const text = lookup(catalog, key);
  if (text === undefined) return key;
  if (!values) return text;
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

export function createTranslator(catalogs: Record<UiLanguage, Catalog>, initial: UiLanguage): Translator {
  let language = initial;
  const listeners = new Set<(language: UiLanguage) => void>();
  const fixed = (lng: UiLanguage): TFunction => (key, values) => translate(catalogs[lng], key, values);
  return {
    get language() {
      return language;
    },
    t: (key, values) => translate(catalogs[language], key, values),
    exists: (key) => lookup(catalogs[language], key) !== undefined,
    getFixedT: fixed,
    async changeLanguage(next) {
      if (next === language) return;
      language = next;
      for (const listener of [...listeners]) listener(next);
    },
    on: (_event, listener) => void listeners.add(listener),
    off: (_event, listener) => void listeners.delete(listener),
  };
}
