import type { Settings } from './settings';

// One rule for the window, the tray and notifications.

export type UiLanguage = 'zh' | 'en';

/** The setting wins; "system" follows the OS's preferred languages (any zh-* → zh). */
export function resolveLanguage(setting: Settings['language'], preferred: readonly string[]): UiLanguage {
  if (setting !== 'system') return setting;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
