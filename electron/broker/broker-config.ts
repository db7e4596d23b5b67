import { normalizeBaseUrl } from '../../shared/feishu/base-url';

// The broker's whole configuration comes from the environment, checked before it listens: a
// missing or malformed value stops it with a message that names the variable (never its value
// when the variable holds the secret).

export interface BrokerConfig {
  appId: string;
  appSecret: string;
  /** Feishu's open platform (or Lark's, or a private deployment): where the token endpoint is. */
  baseUrl: string;
  host: string;
  port: number;
  /** Token requests one client address may make per minute. */
  ratePerMinute: number;
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For hop. */
  trustProxy: boolean;
}

export class BrokerConfigError extends Error {
  override name = 'BrokerConfigError';
}

export interface ConfigSources {
  env: NodeJS.ProcessEnv;
  readFile(path: string): string;
}

export function readBrokerConfig({ env, readFile }: ConfigSources): BrokerConfig {
  const appId = text(env.FEISHU_APP_ID);
  if (!appId) throw new BrokerConfigError('FEISHU_APP_ID is not set: give the App ID of your organisation\'s app (cli_…).');
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(appId)) throw new BrokerConfigError('FEISHU_APP_ID must look like cli_… (letters, digits, _ and -).');
  const baseUrl = (() => {
    try {
      return normalizeBaseUrl(text(env.FEISHU_BASE_URL) ?? 'https://open.feishu.cn');
    } catch (error) {
      throw new BrokerConfigError(`FEISHU_BASE_URL: ${error instanceof Error ? error.message : String(error)}`);
    }
  })();
  return {
    appId,
    appSecret: secretFrom(env, readFile),
    baseUrl,
    host: text(env.BROKER_HOST) ?? '127.0.0.1',
    port: integer(env.BROKER_PORT, 'BROKER_PORT', 8787, 0, 65_535),
    ratePerMinute: integer(env.BROKER_RATE_PER_MINUTE, 'BROKER_RATE_PER_MINUTE', 30, 1, 100_000),
    trustProxy: text(env.BROKER_TRUST_PROXY) === '1',
  };
}

function secretFrom(env: NodeJS.ProcessEnv, readFile: ConfigSources['readFile']): string {
  const inline = env.FEISHU_APP_SECRET;
  const file = text(env.FEISHU_APP_SECRET_FILE);
  if (inline && file) throw new BrokerConfigError('Set FEISHU_APP_SECRET or FEISHU_APP_SECRET_FILE, not both.');
  if (file) {
    let content: string;
    try {
      content = readFile(file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new BrokerConfigError(`FEISHU_APP_SECRET_FILE: cannot read ${file} (${reason}).`);
    }
    const secret = content.trim();
    if (!secret) throw new BrokerConfigError(`FEISHU_APP_SECRET_FILE: ${file} is empty.`);
    if (/\s/.test(secret)) throw new BrokerConfigError(`FEISHU_APP_SECRET_FILE: ${file} must hold the secret alone on one line.`);
    return secret;
  }
  const secret = inline?.trim();
  if (!secret) throw new BrokerConfigError('FEISHU_APP_SECRET (or FEISHU_APP_SECRET_FILE, a file holding it) is not set.');
  return secret;
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function integer(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  const raw = text(value);
  if (raw === undefined) return fallback;
  const parsed = Number(raw);
  if (!/^\d+$/.test(raw) || parsed < min || parsed > max) throw new BrokerConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return parsed;
}
