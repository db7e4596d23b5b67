import { z } from 'zod';
import { SettingsSchema } from './settings';
import type { Settings } from './settings';

// A settings file is user-editable, so it may be anything. Keep every field that is valid,
// default each broken one, migrate old shapes, and say what was changed; never throw.

export interface SettingsRepairResult {
  settings: Settings;
  /** Something was changed: the caller keeps a backup of the file and tells the user. */
  repaired: boolean;
  /** One line per change ("pollIntervalMinutes: …, reset to default"), never a field's value. */
  problems: string[];
}

export const CURRENT_SCHEMA_VERSION = 1;
type Migration = (input: Record<string, unknown>) => Record<string, unknown>;

/** From version n to n + 1, keyed by n. Files from before the schema had a version are 0. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Early builds wrote `version` and a flat `notify` switch; v1 has `schemaVersion` and per-topic switches.
  0: ({ version: _version, notify, ...rest }) => {
    if (typeof notify !== 'boolean' || rest.notifications !== undefined) return { ...rest, schemaVersion: 1 };
    return { ...rest, schemaVersion: 1, notifications: { todo: notify, ccUnread: notify } };
  },
};

export function repairSettings(input: unknown): SettingsRepairResult {
  const problems: string[] = [];
  if (!isRecord(input)) {
    problems.push(`the settings file holds ${describe(input)}, not an object: all settings reset to defaults`);
    return { settings: SettingsSchema.parse({}), repaired: true, problems };
  }
  const migrated = migrate(input, problems);
  const settings = repairObject(SettingsSchema, migrated, '', problems) as Settings;
  return { settings: SettingsSchema.parse(settings), repaired: problems.length > 0, problems };
}

function migrate(input: Record<string, unknown>, problems: string[]): Record<string, unknown> {
  // No version at all: a hand-written file in today's shape, not an old one.
  const declared = input.schemaVersion ?? input.version ?? CURRENT_SCHEMA_VERSION;
  let version = typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 ? declared : 0;
  if (version > CURRENT_SCHEMA_VERSION) {
    problems.push(`written by a newer version (schema ${version}): kept what this version understands`);
    return { ...input, schemaVersion: CURRENT_SCHEMA_VERSION };
  }
  let output = input;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    output = step(output);
    version += 1;
    problems.push(`migrated from schema ${version - 1} to ${version}`);
  }
  return output;
}

/** Field by field, descending into nested objects, so one bad field costs only itself. */
function repairObject(schema: z.ZodObject, input: Record<string, unknown>, path: string, problems: string[]): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const [key, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const name = path + key;
    const value = input[key];
    const inner = fieldSchema instanceof z.ZodDefault ? (fieldSchema.unwrap() as z.ZodType) : fieldSchema;
    if (inner instanceof z.ZodObject && isRecord(value)) {
      output[key] = repairObject(inner, value, `${name}.`, problems);
      continue;
    }
    const parsed = fieldSchema.safeParse(value);
    if (parsed.success) {
      output[key] = parsed.data;
      continue;
    }
    const fallback = fieldSchema.safeParse(undefined);
    output[key] = fallback.success ? fallback.data : undefined;
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${name}.${issue.path.join('.')}` : name;
    const outcome = key === 'account' && !path ? 'signed out, sign in again' : 'reset to default';
    problems.push(`${where}: ${issue?.message ?? 'invalid'}; ${outcome}`);
  }
  for (const key of Object.keys(input)) {
    if (!(key in schema.shape)) problems.push(`${path}${key}: unknown setting, dropped`);
  }
  return output;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
