import { useTranslation } from '../i18n/i18n-context';
import type { Settings } from '../../../shared/ipc/view-types';
import type { SettingsPatch } from '../hooks/use-settings';
import { CheckboxField } from './CheckboxField';

interface NotificationSectionProps {
  settings: Settings;
  onChange(patch: SettingsPatch): void;
}

export function NotificationSection({ settings, onChange }: NotificationSectionProps) {
  const { t } = useTranslation();
  const notifications = settings.notifications;
  // The update schema is shallow: send the whole notifications object with one field changed.
  const set = (patch: Partial<Settings['notifications']>) => onChange({ notifications: { ...notifications, ...patch } });
  const setQuiet = (patch: Partial<Settings['notifications']['quietHours']>) =>
    set({ quietHours: { ...notifications.quietHours, ...patch } });
  return (
    <section className="settings-section" aria-labelledby="settings-notifications">
      <h2 id="settings-notifications">{t('settings.notifications')}</h2>
      <CheckboxField label={t('settings.notifyTodo')} checked={notifications.todo} onChange={(todo) => set({ todo })} />
      <CheckboxField label={t('settings.watchCc')} checked={settings.watchCcUnread} onChange={(watchCcUnread) => onChange({ watchCcUnread })} />
      {/* Notifying about unread CCs needs them checked at all. */}
      <CheckboxField
        label={t('settings.notifyCc')}
        checked={notifications.ccUnread && settings.watchCcUnread}
        disabled={!settings.watchCcUnread}
        hint={settings.watchCcUnread ? undefined : t('settings.notifyCcNeedsWatch')}
        onChange={(ccUnread) => set({ ccUnread })}
      />
      <CheckboxField label={t('settings.sound')} checked={notifications.sound} onChange={(sound) => set({ sound })} />
      <CheckboxField
        label={t('settings.quietHours')}
        checked={notifications.quietHours.enabled}
        hint={notifications.quietHours.enabled ? undefined : t('settings.quietHoursHint')}
        onChange={(enabled) => setQuiet({ enabled })}
      />
      <div className="field-row">
        <label className="field">
          <span aria-hidden="true">{t('settings.quietStart')}</span>
          <input
            type="time"
            aria-label={t('settings.quietStart')}
            value={notifications.quietHours.start}
            disabled={!notifications.quietHours.enabled}
            onChange={(event) => event.target.value && setQuiet({ start: event.target.value })}
          />
        </label>
        <label className="field">
          <span aria-hidden="true">{t('settings.quietEnd')}</span>
          <input
            type="time"
            aria-label={t('settings.quietEnd')}
            value={notifications.quietHours.end}
            disabled={!notifications.quietHours.enabled}
            onChange={(event) => event.target.value && setQuiet({ end: event.target.value })}
          />
        </label>
      </div>
      <CheckboxField label={t('settings.launchAtLogin')} checked={settings.launchAtLogin} onChange={(launchAtLogin) => onChange({ launchAtLogin })} />
    </section>
  );
}
