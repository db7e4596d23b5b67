import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../shared/settings/settings';
import { repairSettings } from '../../../shared/settings/settings-repair';

const ACCOUNT = {
  id: 'feishu:cli_a1:ou_1',
  region: 'feishu',
  baseUrl: 'https://open.feishu.cn',
  mode: 'oauth',
  userIdType: 'open_id',
  userId: 'ou_1',
  needsSignIn: false,
  callbackPort: 47321,
};

describe('repairSettings', () => {
  it('passes a valid file through unchanged and unrepaired', () => {
    const valid = { ...defaultSettings(), theme: 'dark', pollIntervalMinutes: 15, account: ACCOUNT };
    expect(repairSettings(valid)).toEqual({ settings: valid, repaired: false, problems: [] });
  });

  it('fills missing fields with defaults without calling that a repair', () => {
    const result = repairSettings({ theme: 'light' });
    expect(result).toEqual({ settings: { ...defaultSettings(), theme: 'light' }, repaired: false, problems: [] });
  });

  it.each([null, 42, 'settings', [1, 2], true])('replaces a non-object (%j) with defaults and says so', (input) => {
    const result = repairSettings(input);
    expect(result.settings).toEqual(defaultSettings());
    expect(result.repaired).toBe(true);
    expect(result.problems[0]).toMatch(/not an object: all settings reset to defaults/);
  });

  it('keeps valid fields and defaults only the broken ones, naming each', () => {
    const result = repairSettings({
      theme: 'dark',
      pollIntervalMinutes: 'often',
      monthlyCallBudget: 5,
      launchAtLogin: true,
      account: ACCOUNT,
    });
    expect(result.settings).toEqual({ ...defaultSettings(), theme: 'dark', launchAtLogin: true, account: ACCOUNT });
    expect(result.repaired).toBe(true);
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^pollIntervalMinutes: .*reset to default$/);
    expect(result.problems[1]).toMatch(/^monthlyCallBudget: .*reset to default$/);
  });

  it('repairs inside nested objects, keeping the good neighbours', () => {
    const result = repairSettings({
      notifications: { todo: false, sound: 'loud', quietHours: { enabled: true, start: '23:00', end: '7am' } },
    });
    expect(result.settings.notifications).toEqual({
      todo: false,
      ccUnread: true,
      sound: true,
      quietHours: { enabled: true, start: '23:00', end: '08:00' },
    });
    expect(result.problems).toEqual([
      expect.stringMatching(/^notifications\.sound: /),
      expect.stringMatching(/^notifications\.quietHours\.end: expected HH:MM; reset to default$/),
    ]);
  });

  it('signs out a broken account and says where it broke', () => {
    const result = repairSettings({ account: { ...ACCOUNT, baseUrl: 'not a url' } });
    expect(result.settings.account).toBeNull();
    expect(result.problems).toEqual([expect.stringMatching(/^account\.baseUrl: .*signed out, sign in again$/)]);
  });

  it('drops unknown settings and reports them', () => {
    const result = repairSettings({ theme: 'dark', sparkles: true });
    expect(result.settings).not.toHaveProperty('sparkles');
    expect(result).toMatchObject({ repaired: true, problems: ['sparkles: unknown setting, dropped'] });
  });

  it('migrates a version-0 file (flat notify switch) to schema 1', () => {
    const result = repairSettings({ version: 0, notify: false, theme: 'dark' });
    expect(result.settings).toEqual({
      ...defaultSettings(),
      theme: 'dark',
      notifications: { ...defaultSettings().notifications, todo: false, ccUnread: false },
    });
    expect(result.problems).toEqual(['migrated from schema 0 to 1']);
  });

  it('keeps what it understands from a newer schema and says so', () => {
    const result = repairSettings({ schemaVersion: 2, theme: 'dark' });
    expect(result.settings).toEqual({ ...defaultSettings(), theme: 'dark' });
    expect(result.problems).toEqual([expect.stringMatching(/newer version \(schema 2\)/)]);
  });

  it('never echoes a field value into a problem (it might be a pasted secret)', () => {
    const result = repairSettings({ language: 'u-1ZSGuXjg10oFajKt9qHlHk4h3mEQ0kU3pgw' });
    expect(result.problems.join('\n')).not.toContain('u-1ZSG');
  });
});
