import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness } from './support/browser';
import { demoScenario } from './support/demo-data';

// The sites the user allowed task links to open, listed in settings, each removable.
describe.runIf(e2eShouldRun())('allowed link sites in settings (Chromium)', () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  it.each([
    ['en-US', 'Settings', 'Allowed link sites', 'Remove oa.example.com', 'None yet.'],
    ['zh-CN', '设置', '允许的链接网站', '移除 oa.example.com', '暂无。'],
  ] as const)('lists the hosts and removes one through main (%s)', { timeout: 120_000 }, async (locale, settingsButton, heading, removeLabel, none) => {
    const scenario = demoScenario(Date.now());
    scenario.settings = { ...scenario.settings, allowedLinkHosts: ['oa.example.com', 'erp.example.com:8443'] };
    app = await openApp(harness, scenario, { locale, viewport: { width: 900, height: 1400 } });
    const page = app.page;
    await page.getByRole('tab').first().waitFor();
    await page.getByRole('button', { name: settingsButton }).click();
    const section = page.getByRole('region', { name: heading });
    await section.waitFor();
    expect(await section.getByRole('listitem').allTextContents()).toEqual([expect.stringContaining('oa.example.com'), expect.stringContaining('erp.example.com:8443')]);

    await section.getByRole('button', { name: removeLabel }).click();
    await expect.poll(() => section.getByRole('listitem').count()).toBe(1);
    const calls = (await app.calls()).filter((call) => call.method === 'forgetLinkHost' || call.method === 'updateSettings');
    expect(calls).toEqual([{ method: 'forgetLinkHost', request: { host: 'oa.example.com' } }]);

    await section.getByRole('button', { name: removeLabel.replace('oa.example.com', 'erp.example.com:8443') }).click();
    await section.getByText(none).waitFor();
    await app.close();
    app = undefined;
  });
});
