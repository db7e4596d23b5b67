import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness, type OpenOptions } from './support/browser';
import { demoScenario, type DemoScenario } from './support/demo-data';

// Language, theme and the states a user must be able to read: empty, error, sign-in, settings.
describe.runIf(e2eShouldRun())('window states in Chromium', { timeout: 60_000 }, () => {
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
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe('rgb(23, 24, 26)');
    const scenario = demoScenario(Date.now());
    scenario.settings.theme = 'light';
    const forced = await start(scenario, { colorScheme: 'dark' });
    await expect.poll(() => background(forced)).toBe('rgb(247, 247, 248)');
  });

  it('starts in Chinese on a Chinese OS and switches language from settings', async () => {
    const page = await start(demoScenario(Date.now()), { locale: 'zh-CN' });
    await page.locator('[data-task-row]').first().waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(['待办42', '已办999+', '已发起18', '抄送我7']);
    expect(await page.title()).toBe('审批托盘');
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByLabel('语言', { exact: true }).selectOption('en');
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const updates = (await app!.calls()).filter((c) => c.method === 'updateSettings');
    expect(updates).toEqual([{ method: 'updateSettings', request: { language: 'en' } }]);
  });

  it('explains an empty topic', async () => {
    const page = await start(demoScenario(Date.now(), { '17': 0, '18': 0 }));
    await page.keyboard.press('4');
    await page.getByText('Nothing copied to you').waitFor();
    expect(await page.getByTestId('empty-state').textContent()).toContain('Approvals copied to you show up here, unread first.');
  });

  it('has a one-line header with named icon buttons, and the time of the last update in it', async () => {
    const page = await start(demoScenario(Date.now()));
    for (const name of ['Refresh', 'Settings']) {
      const button = page.getByRole('button', { name, exact: true });
      expect(await button.getAttribute('title')).toBe(name);
    }
    expect(await page.getByTestId('updated-at').textContent()).toMatch(/^Updated \d/);
    const heights = await page.locator('.app-header > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThanOrEqual(32);
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    await expect.poll(async () => (await app!.calls()).filter((c) => c.method === 'refresh')).toEqual([{ method: 'refresh', request: {} }]);
  });

  it('says what failed and what to do, and retries on request', async () => {
    const scenario = demoScenario(Date.now());
    scenario.topics['1'] = { ...scenario.topics['1']!, tasks: [], error: { kind: 'network', message: 'connect ECONNREFUSED open.feishu.cn' } };
    scenario.state.poller = { kind: 'offline', lastSuccessAt: null, retryAt: Date.now() + 90_000, message: 'ECONNREFUSED' };
    const page = await start(scenario);
    const error = page.getByTestId('error-state');
    await error.waitFor();
    expect(await error.textContent()).toContain('No connection to Feishu. Check your network');
    expect(await page.locator('body').textContent()).not.toContain('ECONNREFUSED');
    expect(await page.locator('[data-state="offline"]').textContent()).toMatch(/^Can't reach Feishu\. Retrying at .+\.$/);
    expect(await page.getByTestId('updated-at').textContent()).toBe('Offline');
    // The tabs keep the last known counts, marked as such; no "0 shown" for a list that failed.
    expect(await page.getByRole('tab', { name: /To-do/ }).getAttribute('aria-label')).toBe('To-do, 42 tasks when last checked');
    expect(await page.locator('.shown-count').count()).toBe(0);
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
    await line.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    const modes = await page.getByLabel('How to sign in').locator('option').allTextContents();
    expect(modes).toEqual(['Feishu app sign-in', 'Pasted user token', 'App credentials']);
    expect(await page.getByLabel('App ID').inputValue()).toBe('cli_demo');
    await page.getByLabel('How to sign in').selectOption('user-token');
    await page.getByLabel('Region').selectOption('custom');
    await page.getByLabel('Server address (https://…)').fill('http://evil.example.com');
    await page.getByLabel('User access token').fill('u-secret');
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter a full https:// address.').waitFor();
    expect((await app!.calls()).some((c) => c.method === 'signIn')).toBe(false);
  });

  it('shows every setting, and disables the ones whose parent setting is off, with a hint', async () => {
    const page = await start(demoScenario(Date.now()));
    await page.getByRole('button', { name: 'Settings' }).click();
    for (const label of ['Check every (minutes, 1–60)', 'Monthly API call budget (100–1,000,000)', 'New to-do approvals', 'New unread CCs', 'Play a sound', 'Quiet hours', 'Start at login', 'Language', 'Theme', 'From', 'Until']) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    expect(await page.getByTestId('calls-this-month').textContent()).toBe('1,234 of 3,000 calls used this month');
    const notifyCc = page.getByLabel('New unread CCs', { exact: true });
    const watch = page.getByLabel('Also check unread CCs', { exact: true });
    if (await watch.isChecked()) await watch.uncheck();
    await expect.poll(() => notifyCc.isDisabled()).toBe(true);
    expect(await notifyCc.isChecked()).toBe(false);
    expect(await page.getByText('Turn on “Also check unread CCs” first.').count()).toBe(1);
    await watch.check();
    await expect.poll(() => notifyCc.isDisabled()).toBe(false);
  });
});
