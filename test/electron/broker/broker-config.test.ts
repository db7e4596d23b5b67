import { describe, expect, it } from 'vitest';
import { BrokerConfigError, readBrokerConfig } from '../../../electron/broker/broker-config';

const files: Record<string, string> = { '/run/secrets/app': 'file-secret\n', '/run/secrets/empty': '  \n' };
const read = (env: NodeJS.ProcessEnv) =>
  readBrokerConfig({
    env,
    readFile: (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error('nope'), { code: 'ENOENT' });
    },
  });
const problem = (env: NodeJS.ProcessEnv) => {
  try {
    read(env);
  } catch (error) {
    expect(error).toBeInstanceOf(BrokerConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a configuration error');
};

describe('broker configuration from the environment', () => {
  it('has the documented defaults', () => {
    expect(read({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 's3cret' })).toEqual({
      appId: 'cli_abc',
      appSecret: 's3cret',
      baseUrl: 'https://open.feishu.cn',
      host: '127.0.0.1',
      port: 8787,
      ratePerMinute: 30,
      trustProxy: false,
    });
  });

  it('reads the secret from a file and takes host, port and base URL', () => {
    const config = read({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET_FILE: '/run/secrets/app', FEISHU_BASE_URL: 'https://open.larksuite.com/', BROKER_HOST: '0.0.0.0', BROKER_PORT: '9000' });
    expect(config).toMatchObject({ appSecret: 'file-secret', baseUrl: 'https://open.larksuite.com', host: '0.0.0.0', port: 9000 });
  });

  it('names what is missing or wrong, never the secret', () => {
    expect(problem({ FEISHU_APP_SECRET: 'x' })).toMatch(/FEISHU_APP_ID is not set/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc' })).toMatch(/FEISHU_APP_SECRET .*is not set/);
    expect(problem({ FEISHU_APP_ID: 'cli abc', FEISHU_APP_SECRET: 'x' })).toMatch(/FEISHU_APP_ID must look like/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 'top-secret-value', FEISHU_APP_SECRET_FILE: '/run/secrets/app' })).toBe('Set FEISHU_APP_SECRET or FEISHU_APP_SECRET_FILE, not both.');
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET_FILE: '/missing' })).toBe('FEISHU_APP_SECRET_FILE: cannot read /missing (ENOENT).');
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET_FILE: '/run/secrets/empty' })).toMatch(/is empty/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 'x', BROKER_PORT: '70000' })).toMatch(/BROKER_PORT must be a whole number from 0 to 65535/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 'x', BROKER_PORT: 'http' })).toMatch(/BROKER_PORT/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 'x', FEISHU_BASE_URL: 'http://open.feishu.cn' })).toMatch(/FEISHU_BASE_URL: .*https/);
    expect(problem({ FEISHU_APP_ID: 'cli_abc', FEISHU_APP_SECRET: 'x', BROKER_RATE_PER_MINUTE: '0' })).toMatch(/BROKER_RATE_PER_MINUTE/);
  });
});
