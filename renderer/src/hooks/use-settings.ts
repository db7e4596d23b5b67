import { useCallback, useEffect, useState } from 'react';
import type { Outcome } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/ipc/view-types';
import { useApi } from '../app/api-context';

export type SettingsPatch = Partial<Omit<Settings, 'account' | 'schemaVersion'>>;

export interface SettingsHandle {
  settings: Settings | null;
  update(patch: SettingsPatch): Promise<Outcome>;
}

/** Settings from main, kept current by `settings:changed`; updates go through main's schema. */
export function useSettings(): SettingsHandle {
  const api = useApi();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    const off = api.on('settings:changed', setSettings);
    void api.getSettings().then((value) => {
      if (live) setSettings((current) => current ?? value);
    });
    return () => {
      live = false;
      off();
    };
  }, [api]);
  const update = useCallback(
    async (patch: SettingsPatch): Promise<Outcome> => {
      try {
        setSettings(await api.updateSettings(patch));
        return { ok: true, value: undefined };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
    [api],
  );
  return { settings, update };
}
