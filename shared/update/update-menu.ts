import type { TrayMenuItem } from '../tray/tray-menu';
import type { UpdateState } from './update-state';

// "Restart to update to 1.2.3" in the tray menu, once an update is downloaded and verified.
// Added just above Settings, so the menu the core built stays as it was otherwise.

export const RESTART_TO_UPDATE: Record<'zh' | 'en', (version: string) => string> = {
  en: (version) => `Restart to update to ${version}`,
  zh: (version) => `重启以更新到 ${version}`,
};

export function withUpdateItem(menu: readonly TrayMenuItem[], state: UpdateState, locale: 'zh' | 'en'): TrayMenuItem[] {
  if (state.kind !== 'ready') return [...menu];
  const item: TrayMenuItem = { kind: 'action', action: 'restart-to-update', text: RESTART_TO_UPDATE[locale](state.version), enabled: true };
  const at = menu.findIndex((entry) => entry.kind === 'action' && entry.action === 'settings');
  return at < 0 ? [...menu, item] : [...menu.slice(0, at), item, ...menu.slice(at)];
}
