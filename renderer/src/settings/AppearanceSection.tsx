import { useTranslation } from '../i18n/i18n-context';
import type { Settings } from '../../../shared/ipc/view-types';
import type { SettingsPatch } from '../hooks/use-settings';
import { SelectField } from './SelectField';
import { ShortcutField } from './ShortcutField';

const LANGUAGES = ['system', 'zh', 'en'] as const;
const THEMES = ['system', 'light', 'dark'] as const;

export function AppearanceSection({ settings, onChange }: { settings: Settings; onChange(patch: SettingsPatch): void }) {
  const { t } = useTranslation();
  return (
    <section className="settings-section" aria-labelledby="settings-appearance">
      <h2 id="settings-appearance">{t('settings.appearance')}</h2>
      <SelectField
        label={t('settings.language')}
        value={settings.language}
        options={LANGUAGES.map((value) => ({ value, label: t(`languages.${value}`) }))}
        onChange={(language) => onChange({ language })}
      />
      <SelectField
        label={t('settings.theme')}
        value={settings.theme}
        options={THEMES.map((value) => ({ value, label: t(`themes.${value}`) }))}
        onChange={(theme) => onChange({ theme })}
      />
      <ShortcutField value={settings.globalShortcut} onCommit={(globalShortcut) => onChange({ globalShortcut })} />
    </section>
  );
}
