import { describe, expect, it } from 'vitest';
import { describePoller } from '../../../renderer/src/components/describe-poller';
import { createI18n } from '../../../renderer/src/i18n/create-i18n';
import { createTimeFormat } from '../../../renderer/src/i18n/time-format';
import { demoScenario } from '../../e2e/support/demo-data';
import type { PollerStatus } from '../../../shared/poller/poller-status';

const NOW = Date.UTC(2026, 10, 25, 9, 0);
const t = createI18n('en').t;
const time = createTimeFormat('en');
const state = demoScenario(NOW).state;
const line = (poller: PollerStatus) => describePoller(t, { ...state, poller }, NOW, time);

describe('state line', () => {
  it('says offline with the age of the data and when it retries', () => {
    const offline = line({ kind: 'offline', lastSuccessAt: NOW - 3 * 3_600_000, retryAt: NOW + 120_000, message: 'connect ECONNREFUSED open.feishu.cn' });
    const clock = (at: number) => time.clock(at, NOW);
    expect(offline.text).toBe(`Can't reach Feishu. Retrying at ${clock(NOW + 120_000)}. Showing the list from ${clock(NOW - 3 * 3_600_000)}.`);
    expect(offline.short).toBe('Offline');
    expect(offline.text).not.toContain('ECONNREFUSED');
  });

  it('joins Chinese sentences without a space', () => {
    const zh = describePoller(createI18n('zh').t, { ...state, poller: { kind: 'offline', lastSuccessAt: NOW - 60_000, retryAt: NOW + 60_000, message: 'x' } }, NOW, createTimeFormat('zh'));
    expect(zh.text).toMatch(/重试。显示的是/);
  });

  it('asks for sign-in on auth errors and on a dead account', () => {
    expect(line({ kind: 'stopped', lastSuccessAt: null, reason: 'auth-invalid', message: '' }).needsSignIn).toBe(true);
    const account = { id: 'a', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', userIdType: 'open_id', userId: 'ou', needsSignIn: true, callbackPort: 47321 } as const;
    expect(describePoller(t, { ...state, account }, NOW, time).kind).toBe('sign-in');
  });

  it('names rate limits, quota and permission problems', () => {
    expect(line({ kind: 'rate-limited', lastSuccessAt: NOW, retryAt: NOW + 60_000 }).text).toMatch(/slow down\. Retrying at/);
    expect(line({ kind: 'stopped', lastSuccessAt: NOW, reason: 'quota-exhausted', message: '', resumeAt: NOW + 86_400_000 }).kind).toBe('quota');
    expect(line({ kind: 'stopped', lastSuccessAt: NOW, reason: 'permission', message: 'code 99991672' }).text).not.toContain('code 99991672');
    expect(line({ kind: 'updating', lastSuccessAt: NOW }).text).toBe('Updating…');
  });
});
