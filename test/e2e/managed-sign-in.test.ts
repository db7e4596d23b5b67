import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ManagedState } from '../../shared/managed/managed-config';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness, type OpenOptions } from './support/browser';
import { demoScenario } from './support/demo-data';
import { saveScreenshot } from './support/screenshots';

// The organisation's one-click sign-in, at the window's real size (400×620), in both languages:
// one button, the organisation's values locked in settings, app credentials out of reach.

const WINDOW = { width: 400, height: 620 };
const MANAGED: ManagedState = {
  status: 'ok',
  path: '/etc/approval-tray/managed.json',
  config: { region: 'feishu', appId: 'cli_a1b2c3d4e5', brokerUrl: 'https://approval-broker.example.com', callbackPort: 47321, trustedHosts: ['approval.example.com'], allowApprove: false },
};

// Each test loads the whole window in Chromium: allow for a busy two-core machine.
describe.runIf(e2eShouldRun())('one-click sign-in with a managed configuration (Chromium, 400×620)', { timeout: 90_000 }, () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });
  const start = async (managed: ManagedState, options: OpenOptions = {}) => {
    await app?.close();
    const scenario = { ...demoScenario(Date.now()), managed, signInOutcome: { ok: false as const, message: 'The broker answered HTTP 502 (upstream_unreachable).' } };
    app = await openApp(harness, scenario, { viewport: WINDOW, ...options });
    await app.page.getByRole('tab').first().waitFor();
    return app.page;
  };

  for (const [locale, lang, texts] of [
    ['zh-CN', 'zh', { signIn: '登录', button: '使用飞书登录', locked: '由你的组织设置', settings: '设置' }],
    ['en-US', 'en', { signIn: 'Sign in', button: 'Sign in with Feishu', locked: 'Set by your organisation', settings: 'Settings' }],
  ] as const) {
    it(`${lang}: the sign-in screen is one button, and the organisation's values are locked in settings`, async () => {
      const page = await start(MANAGED, { locale });
      await page.locator('header').getByRole('button', { name: texts.signIn }).click();
      const button = page.getByRole('button', { name: texts.button });
      await button.waitFor();
      const main = page.getByRole('main');
      // Nothing to fill in: no text field, no select, no secret.
      expect(await main.locator('input, select, textarea').count()).toBe(0);
      expect(await main.textContent()).toContain('approval-broker.example.com');
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WINDOW.width);
      expect(box.y + box.height).toBeLessThanOrEqual(WINDOW.height);
      // The one-button screen itself fits the window's width (no sideways scrolling inside it).
      expect(await main.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await saveScreenshot(page, `managed-sign-in-${lang}`);

      await button.click();
      await page.getByRole('alert').waitFor();
      expect(await page.getByRole('alert').textContent()).toContain('upstream_unreachable');
      const signIns = (await app!.calls()).filter((c) => c.method === 'signIn');
      expect(signIns).toEqual([{ method: 'signIn', request: { mode: 'managed', region: null } }]);

      await page.locator('header').getByRole('button', { name: texts.settings }).click();
      const values = page.getByTestId('managed-values');
      await values.waitFor();
      expect(await values.getByRole('img', { name: texts.locked }).count()).toBe(6); // region, app, broker, port, hosts, approving
      expect(await values.textContent()).toContain('cli_a1b2c3d4e5');
      expect(await values.locator('input, select').count()).toBe(0);
      await values.evaluate((el) => {
        el.closest('section')?.scrollIntoView({ block: 'start', inline: 'nearest' });
        document.scrollingElement?.scrollTo({ left: 0 });
      });
      await saveScreenshot(page, `managed-settings-${lang}`);
    });
  }

  it('Sign in with Lark for a Lark organisation', async () => {
    const page = await start({ ...MANAGED, config: { ...MANAGED.config, region: 'lark' } });
    await page.locator('header').getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign in with Lark' }).waitFor();
  });

  it('an invalid managed.json is reported in settings and on the sign-in screen, and app credentials are not offered', async () => {
    const page = await start({ status: 'invalid', path: '/etc/approval-tray/managed.json', message: '/etc/approval-tray/managed.json is invalid: brokerUrl is required.' });
    await page.locator('header').getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByTestId('managed-invalid').textContent()).toContain('brokerUrl is required');
    await page.getByRole('button', { name: 'Back to tasks' }).click();
    await page.locator('header').getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('brokerUrl is required').waitFor();
    const modes = await page.getByLabel('How to sign in').locator('option').allTextContents();
    expect(modes).toEqual(['Feishu app sign-in', 'Pasted user token']);
  });

  it('without an organisation setup, every mode stays, and app credentials say what they imply', async () => {
    const page = await start({ status: 'none', path: '/etc/approval-tray/managed.json' });
    await page.locator('header').getByRole('button', { name: 'Sign in' }).click();
    await page.getByLabel('How to sign in').selectOption('tenant');
    expect(await page.getByTestId('tenant-warning').textContent()).toMatch(/can read everyone's/);
    expect(await page.getByTestId('managed-values').count()).toBe(0);
  });
});
