import { useTranslation } from '../i18n/i18n-context';
import { ScreenHead } from '../components/ScreenHead';
import type { AppState } from '../../../shared/ipc/view-types';
import type { SettingsHandle, SettingsPatch } from '../hooks/use-settings';
import { ManagedConfigSection } from '../sign-in/ManagedConfigSection';
import { AboutSection } from './AboutSection';
import { AccountSection } from './AccountSection';
import { AllowedLinkHostsSection } from './AllowedLinkHostsSection';
import { AppearanceSection } from './AppearanceSection';
import { ApprovalsSection } from './ApprovalsSection';
import { NotificationSection } from './NotificationSection';
import { PollingSection } from './PollingSection';

interface SettingsScreenProps {
  handle: SettingsHandle;
  state: AppState | null;
  onBack(): void;
  onSignIn(): void;
  notify(message: string): void;
}

export function SettingsScreen({ handle, state, onBack, onSignIn, notify }: SettingsScreenProps) {
  const { t } = useTranslation();
  const { settings } = handle;
  const change = (patch: SettingsPatch) => {
    void handle.update(patch).then((outcome) => {
      if (!outcome.ok) notify(t('settings.saveFailed', { message: outcome.message }));
    });
  };
  return (
    <main className="settings-screen" aria-labelledby="settings-title">
      <ScreenHead titleId="settings-title" title={t('settings.title')} onBack={onBack} />
      {settings ? (
        <div className="settings-grid">
          <AccountSection state={state} onSignIn={onSignIn} />
          <ManagedConfigSection />
          <PollingSection settings={settings} state={state} onChange={change} />
          <NotificationSection settings={settings} onChange={change} />
          <ApprovalsSection settings={settings} state={state} onChange={change} notify={notify} />
          <AppearanceSection settings={settings} onChange={change} />
          <AllowedLinkHostsSection settings={settings} />
          <AboutSection notify={notify} />
        </div>
      ) : (
        <p className="loading">{t('app.loading')}</p>
      )}
    </main>
  );
}
