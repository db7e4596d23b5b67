import { chmodSync, copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type ElectronStore from 'electron-store';
import type { Options } from 'electron-store';
import type { LoggerPort } from '../../shared/app/app-ports';
import { isSecretKey } from '../../shared/logging/redact';
import { SettingsSchema } from '../../shared/settings/settings';
import type { Account, Settings } from '../../shared/settings/settings';
import { repairSettings } from '../../shared/settings/settings-repair';

// Settings in electron-store (config.json in userData), validated by a JSON schema derived from
// the zod schema. A hand-broken file never crashes the app: before the store opens it, the file
// is read here, a copy kept beside it, and it is repaired field by field to valid values.

/** Account must never grow a secret field: secrets live only in the keychain. */
type SecretLike = `${string}${'Token' | 'token' | 'Secret' | 'secret' | 'Password' | 'password'}`;
const accountHasNoSecrets: [Extract<keyof Account, SecretLike>] extends [never] ? true : never = true;
void accountHasNoSecrets;

export const SETTINGS_FILE = 'config.json';
/** Owner-only: the file names the account (user id, host) and the user's habits. */
export const SETTINGS_FILE_MODE = 0o600;

export type SettingsStoreBackend = Pick<ElectronStore<Settings>, 'store' | 'path'>;
export type SettingsStoreConstructor = new (options: Options<Settings>) => SettingsStoreBackend;

export interface SettingsStoreOptions {
  /** The folder of config.json (app.getPath('userData')). */
  cwd: string;
  now: () => number;
  log: LoggerPort;
}

export interface SettingsStore {
  get(): Settings;
  /** Validates and saves; throws on invalid settings or a secret-looking field. */
  set(settings: Settings): Settings;
}

export interface OpenedSettings {
  store: SettingsStore;
  settings: Settings;
  /** Set when the file was repaired: tell the user (the text holds field names, never values). */
  repairNotice?: string;
}

export function openSettingsStore(Store: SettingsStoreConstructor, options: SettingsStoreOptions): OpenedSettings {
  const file = join(options.cwd, SETTINGS_FILE);
  const loaded = loadAndRepair(file, options);
  let current = loaded.settings;
  let backend: SettingsStoreBackend | null = null;
  try {
    backend = new Store({ cwd: options.cwd, schema: settingsJsonSchema(), defaults: current, clearInvalidConfig: false, configFileMode: SETTINGS_FILE_MODE });
    // A file written by an older version (or by hand) keeps its mode on rewrite: tighten it once.
    restrictMode(file, options.log);
  } catch (error) {
    options.log.error('settings: could not open the settings store; changes will not be saved', error);
  }
  const store: SettingsStore = {
    get: () => current,
    set(settings) {
      const valid = SettingsSchema.parse(settings);
      assertNoSecrets(valid);
      if (backend) backend.store = valid;
      current = valid;
      return current;
    },
  };
  return { store, settings: current, ...(loaded.repairNotice ? { repairNotice: loaded.repairNotice } : {}) };
}

/**
 * The JSON schema electron-store validates with, per top-level key (its `schema` option).
 * Defaults come from zod (and are passed as `defaults`); ajv's strict mode rejects `default`
 * inside `anyOf`, so they are left out of the schema.
 */
export function settingsJsonSchema(): NonNullable<Options<Settings>['schema']> {
  const schema = withoutDefaults(z.toJSONSchema(SettingsSchema)) as { properties: NonNullable<Options<Settings>['schema']> };
  return schema.properties;
}

function withoutDefaults(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDefaults);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'default').map(([key, field]) => [key, withoutDefaults(field)]));
}

export function assertNoSecrets(value: unknown, path = ''): void {
  if (value === null || typeof value !== 'object') return;
  for (const [key, field] of Object.entries(value)) {
    if (isSecretKey(key, field)) throw new Error(`settings must not hold a secret (${path}${key})`);
    assertNoSecrets(field, `${path}${key}.`);
  }
}

function loadAndRepair(file: string, options: SettingsStoreOptions): { settings: Settings; repairNotice?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { settings: SettingsSchema.parse({}) };
    options.log.error('settings: could not read the settings file; using defaults', error);
    return { settings: SettingsSchema.parse({}), repairNotice: 'Your settings file could not be read; default settings are in use.' };
  }
  let problems: string[];
  let settings: Settings;
  try {
    const result = repairSettings(JSON.parse(text) as unknown);
    if (!result.repaired) return { settings: result.settings };
    ({ settings, problems } = result);
  } catch {
    settings = SettingsSchema.parse({});
    problems = ['the settings file is not valid JSON: all settings reset to defaults'];
  }
  const backup = join(dirname(file), `config.corrupt-${new Date(options.now()).toISOString().replace(/[:.]/g, '-')}.json`);
  try {
    copyFileSync(file, backup);
    restrictMode(backup, options.log);
    writeAtomically(file, `${JSON.stringify(settings, null, '\t')}\n`);
  } catch (error) {
    options.log.error('settings: could not back up or rewrite the damaged settings file', error);
  }
  options.log.warn('settings: repaired the settings file', { backup, problems });
  return {
    settings,
    repairNotice: `Your settings file was damaged and has been repaired (a copy of the old one is at ${backup}): ${problems.join('; ')}.`,
  };
}

function restrictMode(file: string, log: LoggerPort): void {
  try {
    chmodSync(file, SETTINGS_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn(`settings: could not make ${file} private to this user`, error);
  }
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, { mode: SETTINGS_FILE_MODE });
  renameSync(temporary, file);
}
