import { describe, expect, it } from 'vitest';
import { createTranslator, translate } from '../../../renderer/src/i18n/translator';
import type { Catalog } from '../../../renderer/src/i18n/catalog-type';
import { en } from '../../../renderer/src/i18n/en';
import { zh } from '../../../renderer/src/i18n/zh';

// The window's own translator (it replaced i18next): what a user sees when a key, a value or a
// language change is involved.

const catalogs = { en, zh } as Record<'en' | 'zh', Catalog>;

describe('translator', () => {
  it('fills every {{value}}, as often as it appears, and leaves text without values alone', () => {
    expect(translate(catalogs.en, 'toolbar.shown', { count: 3 })).toBe('3 shown');
    expect(translate({ a: { b: '{{x}} and {{ x }} but {{y}}' } } as unknown as Catalog, 'a.b', { x: '<b>' })).toBe('<b> and <b> but {{y}}');
    expect(translate(catalogs.en, 'topics.todo', { unused: 1 })).toBe('To-do');
  });

  it('shows a missing key as the key, never a blank, and never walks into the prototype', () => {
    expect(translate(catalogs.en, 'app.noSuchKey')).toBe('app.noSuchKey');
    expect(translate(catalogs.en, 'constructor')).toBe('constructor');
    expect(translate(catalogs.en, 'app')).toBe('app');
  });

  it('switches language and tells listeners once; a fixed t keeps its language', async () => {
    const i18n = createTranslator(catalogs, 'en');
    const heard: string[] = [];
    const listener = (language: string) => heard.push(language);
    i18n.on('languageChanged', listener);
    const english = i18n.getFixedT('en');
    await i18n.changeLanguage('zh');
    await i18n.changeLanguage('zh');
    expect(i18n.language).toBe('zh');
    expect(i18n.t('topics.todo')).toBe('待办');
    expect(english('topics.todo')).toBe('To-do');
    i18n.off('languageChanged', listener);
    await i18n.changeLanguage('en');
    expect(heard).toEqual(['zh']);
  });
});
