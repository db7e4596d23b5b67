import { describe, expect, it } from 'vitest';
import { parseManagedConfig } from '../../../shared/managed/managed-config';

const PATH = '/etc/approval-tray/managed.json';
const parse = (value: unknown) => parseManagedConfig(typeof value === 'string' ? value : JSON.stringify(value), PATH);
const message = (value: unknown) => {
  const state = parse(value);
  if (state.status !== 'invalid') throw new Error(`expected invalid, got ${state.status}`);
  return state.message;
};
const VALID = { region: 'feishu', appId: 'cli_a1b2c3', brokerUrl: 'https://approval-broker.example.com/' };

describe('managed.json', () => {
  it('accepts the documented shape and normalises the URLs', () => {
    expect(parse(VALID)).toEqual({ status: 'ok', path: PATH, config: { ...VALID, brokerUrl: 'https://approval-broker.example.com' } });
    const full = { region: 'custom', baseUrl: 'https://open.feishu.example.cn', appId: 'cli_x', brokerUrl: 'https://b.example.cn/tray', callbackPort: 47400, trustedHosts: ['approval.example.cn'], allowApprove: false };
    expect(parse(full)).toMatchObject({ status: 'ok', config: full });
  });

  it('names every problem by key, and never silently drops one', () => {
    expect(message('{"region":')).toBe(`${PATH} is not valid JSON.`);
    expect(message([VALID])).toMatch(/must hold one JSON object/);
    expect(message({ region: 'feishu', appId: 'cli_x' })).toBe(`${PATH} is invalid: brokerUrl is required.`);
    expect(message({ ...VALID, region: 'intl' })).toMatch(/region: /);
    expect(message({ ...VALID, brokerUrl: 'http://broker.example.com' })).toMatch(/brokerUrl: the URL must use https/);
    expect(message({ ...VALID, region: 'custom' })).toMatch(/baseUrl: region "custom" needs a baseUrl/);
    expect(message({ ...VALID, callbackPort: 80 })).toMatch(/callbackPort: /);
    expect(message({ ...VALID, trustedHosts: ['https://x.example.com'] })).toMatch(/trustedHosts\.0: expected a host name/);
    expect(message({ ...VALID, brokerURL: 'https://typo.example.com' })).toMatch(/unknown key "brokerURL"/);
    expect(message({ ...VALID, allowApprove: 'yes' })).toMatch(/allowApprove: /);
  });

  it('refuses a file that carries a secret, without repeating it', () => {
    const text = message({ ...VALID, appSecret: 'do-not-echo-4417' });
    expect(text).toBe(`${PATH} must not hold a secret ("appSecret"): the App Secret belongs on the token broker only.`);
    expect(message({ ...VALID, refresh_token: 'ur-x' })).toMatch(/must not hold a secret \("refresh_token"\)/);
  });
});
