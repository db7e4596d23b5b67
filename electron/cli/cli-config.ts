import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { parseTopic, TOPIC_CODES, TOPIC_NAMES } from '../../shared/tasks/topic';
import type { TopicCode } from '../../shared/tasks/topic';
import { normalizeBaseUrl, FEISHU_OPEN } from '../../shared/feishu/base-url';
import { defaultCliStateDir } from '../auth/cli-auth-context';
import { UsageError } from './exit-codes';

// Flags and environment shared by the API commands (tasks, count, watch). A flag beats the
// environment; the environment beats the signed-in account; the account beats the defaults.

export const USER_ID_TYPES = ['open_id', 'union_id', 'user_id'] as const;
export type UserIdType = (typeof USER_ID_TYPES)[number];

export interface ApiCommandConfig {
  /** Undefined when neither flag nor environment set it (the account's or Feishu's is used). */
  baseUrl?: string;
  /** From FEISHU_USER_ACCESS_TOKEN; `--token-stdin` (tokenFromStdin) reads one in its place. */
  token?: string;
  tokenFromStdin: boolean;
  userId?: string;
  userIdType?: UserIdType;
  stateDir: string;
  json: boolean;
}

const COMMON_OPTIONS = {
  'base-url': { type: 'string' },
  'token-stdin': { type: 'boolean', default: false },
  'user-id': { type: 'string' },
  'user-id-type': { type: 'string' },
  'state-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** Parse `args` with the common options plus the command's own; unknown flags are usage errors. */
export function parseCommandArgs<Extra extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  extra: Extra,
  env: NodeJS.ProcessEnv,
) {
  // Refused with a reason (with or without a value) before anything else: a token in argv is
  // visible to every local user (ps, /proc) and stays in shell history.
  if (args.some((arg) => arg === '--token' || arg.startsWith('--token='))) throw new UsageError(TOKEN_FLAG_REFUSED);
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...COMMON_OPTIONS, ...extra }, strict: true, allowPositionals: false });
  } catch (error) {
    // parseArgs' messages name the flag ("Unknown option '--x'"); they never echo values.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const text = (flag: string | null, envName: string): string | undefined => {
    const value = (flag === null ? undefined : values[flag]) ?? env[envName];
    if (typeof value !== 'string') return undefined;
    return value.trim() === '' ? undefined : value.trim();
  };
  const baseUrlInput = text('base-url', 'FEISHU_BASE_URL');
  let baseUrl: string | undefined;
  if (baseUrlInput !== undefined) {
    try {
      baseUrl = normalizeBaseUrl(baseUrlInput);
    } catch (error) {
      throw new UsageError(`--base-url: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const userIdType = text('user-id-type', 'FEISHU_USER_ID_TYPE');
  if (userIdType !== undefined && !(USER_ID_TYPES as readonly string[]).includes(userIdType)) {
    throw new UsageError(`--user-id-type must be one of ${USER_ID_TYPES.join(', ')} (got "${userIdType}").`);
  }
  const config: ApiCommandConfig = {
    baseUrl,
    token: text(null, 'FEISHU_USER_ACCESS_TOKEN'),
    tokenFromStdin: values['token-stdin'] === true,
    userId: text('user-id', 'FEISHU_USER_ID'),
    userIdType: userIdType as UserIdType | undefined,
    stateDir: text('state-dir', 'APPROVAL_TRAY_STATE_DIR') ?? defaultCliStateDir(env),
    json: values.json === true,
  };
  return { config, values };
}

export const DEFAULT_BASE_URL = FEISHU_OPEN;

export const TOKEN_FLAG_REFUSED =
  '--token is not accepted: a token on the command line is visible to other users (ps) and stays in shell history. ' +
  'Pipe it in with --token-stdin (printf %s "$TOKEN" | npm run cli -- tasks --token-stdin) or set FEISHU_USER_ACCESS_TOKEN.';

export function topicOption(input: unknown): TopicCode {
  if (input === undefined) return '1';
  const topic = typeof input === 'string' ? parseTopic(input) : undefined;
  if (!topic) {
    const choices = TOPIC_CODES.map((code) => `${TOPIC_NAMES[code]}|${code}`).join(', ');
    throw new UsageError(`--topic must be one of ${choices} (got "${String(input)}").`);
  }
  return topic;
}
