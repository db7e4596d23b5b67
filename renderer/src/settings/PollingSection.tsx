import { useTranslation } from '../i18n/i18n-context';
import type { AppState, Settings } from '../../../shared/ipc/view-types';
import type { SettingsPatch } from '../hooks/use-settings';
import { NumberField } from './NumberField';

interface PollingSectionProps {
  settings: Settings;
  state: AppState | null;
  onChange(patch: SettingsPatch): void;
}

export function PollingSection({ settings, state, onChange }: PollingSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language === 'zh' ? 'zh-CN' : 'en';
  const number = new Intl.NumberFormat(locale);
  return (
    <section className="settings-section" aria-labelledby="settings-polling">
      <h2 id="settings-polling">{t('settings.polling')}</h2>
      <NumberField
        label={t('settings.pollInterval')}
        value={settings.pollIntervalMinutes}
        min={1}
        max={60}
        onCommit={(value) => onChange({ pollIntervalMinutes: value })}
      />
      <NumberField
        label={t('settings.budget')}
        value={settings.monthlyCallBudget}
        min={100}
        max={1_000_000}
        onCommit={(value) => onChange({ monthlyCallBudget: value })}
      />
      {state && (
        <p data-testid="calls-this-month">
          {t('settings.callsThisMonth', {
            calls: number.format(state.quota.callsThisMonth),
            budget: number.format(settings.monthlyCallBudget),
          })}
        </p>
      )}
      {state?.quota.stretched && state.quota.effectiveIntervalMinutes !== undefined && (
        <p className="field-note">{t('settings.effectiveInterval', { minutes: state.quota.effectiveIntervalMinutes })}</p>
      )}
      {state?.quota.budgetSpentUntil !== undefined && (
        <p className="field-error">
          {t('settings.budgetSpent', { date: new Date(state.quota.budgetSpentUntil).toLocaleDateString(locale) })}
        </p>
      )}
    </section>
  );
}
