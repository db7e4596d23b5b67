import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness, type OpenOptions } from './support/browser';
import { demoScenario, type DemoScenario } from './support/demo-data';
import { saveScreenshot } from './support/screenshots';

// Language, theme and the states a user must be able to read: empty, error, sign-in, settings.
describe.runIf(e2eShouldRun())('window states in Chromium', () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });
  const start = async (scenario: DemoScenario, options: OpenOptions = {}) => {
    await app?.close();
    app = await openApp(harness, scenario, options);
    await app.page.getByRole('tab').first().waitFor();
    return app.page;
  };
  const background = (page: AppPage['page']) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the OS colour scheme, and the theme setting overrides it', async () => {
    const page = await start(demoScenario(Date.now()), { colorScheme: 'light' });
    await page.locator('[data-task-row]').first().waitFor();
    expect(await background(page)).toBe('rgb(247, 247, 248)');
    await saveScreenshot(page, 'list-light-en');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(23, 24, 26)');
    await saveScreenshot(page, 'list-dark-en');
    const scenario = demoScenario(Date.now());
    scenario.settings.theme = 'light';
    const forced = await start(scenario, { colorScheme: 'dark' });
    await expect.poll(() => background(forced)).toBe('rgb(247, 247, 248)');
  });

  it('starts in Chinese on a Chinese OS and switches language from settings', async () => {
    const page = await start(demoScenario(Date.now()), { locale: 'zh-CN' });
    await page.locator('[data-task-row]').first().waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['待办42', '已办999+', '已发起18', '抄送未读7', '抄送已读0']);
    expect(await page.title()).toBe('审批托盘');
    await saveScreenshot(page, 'list-light-zh');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'list-dark-zh');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByLabel('语言', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const updates = (await app!.calls()).filter((c) => c.method === 'updateSettings');
    expect(updates).toEqual([{ method: 'updateSettings', request: { language: 'en' } }]);
  });

  it('explains an empty topic', async () => {
    const page = await start(demoScenario(Date.now()));
    await page.keyboard.press('5');
    await page.getByText('No read CCs').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('CCs you have read are kept here.');
    await saveScreenshot(page, 'empty');
  });

  it('says what failed and what to do, and retries on request', async () => {
    const scenario = demoScenario(Date.now());
    scenario.topics['1'] = { ...scenario.topics['1']!, tasks: [], error: { kind: 'network', message: 'connect ECONNREFUSED open.feishu.cn' } };
    scenario.state.poller = { kind: 'offline', lastSuccessAt: null, retryAt: Date.now() + 90_000, message: 'ECONNREFUSED' };
    const page = await start(scenario);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    expect(await error.textContent()).toContain('No connection to Feishu. Check your network');
    expect(await page.getByRole('status').first().textContent()).toMatch(/^Offline; retrying in 1 min\./);
    await saveScreenshot(page, 'error');
    await error.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(async () => (await app!.calls()).filter((c) => c.method === 'refresh')).toEqual([{ method: 'refresh', request: { topic: '1' } }]);
  });

  it('asks for sign-in when it is needed, and the sign-in screen offers every mode', async () => {
    const scenario = demoScenario(Date.now());
    scenario.state = {
      ...scenario.state,
      demo: false,
      account: { id: 'feishu:cli:ou', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', appId: 'cli_demo', userIdType: 'open_id', userId: 'ou_1', userName: '陈静', needsSignIn: true, callbackPort: 47321 },
    };
    const page = await start(scenario);
    const line = page.locator('[data-state="sign-in"]');
    expect(await line.textContent()).toContain('Your sign-in has expired');
    await saveScreenshot(page, 'sign-in-needed');
    await line.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const modes = await page.getByLabel('How to sign in').locator('option').allTextContents();
    expect(modes).toEqual(['Feishu app sign-in', 'Pasted user token', 'App credentials']);
    expect(await page.getByLabel('App ID').inputValue()).toBe('cli_demo');
    await saveScreenshot(page, 'sign-in');
    await page.getByLabel('How to sign in').selectOption('user-token');
    await page.getByLabel('Region').selectOption('custom');
    await page.getByLabel('Server address (https://…)').fill('http://evil.example.com');
    await page.getByLabel('User access token').fill('u-secret');
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a full https:// address.').waitFor();
    expect((await app!.calls()).some((c) => c.method === 'signIn')).toBe(false);
  });

  it('shows every setting', async () => {
    const page = await start(demoScenario(Date.now()), { viewport: { width: 900, height: 900 } });
    await page.getByRole('button', { name: 'Settings' }).click();
    for (const label of ['Check every (minutes, 1–60)', 'Monthly API call budget (100–1,000,000)', 'New to-do approvals', 'New unread CCs', 'Play a sound', 'Quiet hours', 'Start at login', 'Language', 'Theme', 'From', 'Until']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await page.getByTestId('calls-this-month').textContent()).toBe('1,234 of 3,000 calls used this month');
    await saveScreenshot(page, 'settings');
    await page.emulateMedia({ colorScheme: 'dark' });
    await saveScreenshot(page, 'settings-dark');
  });
});
