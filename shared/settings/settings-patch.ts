import { z } from 'zod';
import { SettingsSchema } from './settings';
import type { Settings } from './settings';

// A settings change from the window: only the keys the user changed, at any depth
// (`{ notifications: { quietHours: { start: '23:00' } } }` is fine). The schema is derived from
// SettingsSchema with every default removed, because zod fills defaults in even inside
// `.partial()`: a patch of `{ language: 'en' }` would otherwise come out carrying the default
// budget, interval, theme and launch-at-login, and saving it would reset them.

type DeepPartial<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * What the renderer may change: everything but the account (sign-in owns it), the version, and
 * the allowed link hosts (only main's own dialog adds one; the window may only take one back).
 */
export type SettingsPatch = DeepPartial<Omit<Settings, 'account' | 'schemaVersion' | 'allowedLinkHosts'>>;

export const SettingsPatchSchema = patchOf(SettingsSchema.omit({ account: true, schemaVersion: true, allowedLinkHosts: true })) as z.ZodType<SettingsPatch, SettingsPatch>;

/** `settings` with exactly the keys in `patch` replaced; nested objects are merged key by key. */
export function applySettingsPatch(settings: Settings, patch: SettingsPatch): Settings {
  return mergeKeys(settings, patch) as Settings;
}

function patchOf(type: z.ZodType): z.ZodType {
  let inner: z.ZodType = type;
  while (inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  if (!(inner instanceof z.ZodObject)) return inner;
  const shape = Object.fromEntries(Object.entries(inner.shape as Record<string, z.ZodType>).map(([key, field]) => [key, patchOf(field).optional()]));
  return z.object(shape);
}

function mergeKeys(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) merged[key] = mergeKeys(base[key], value);
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
