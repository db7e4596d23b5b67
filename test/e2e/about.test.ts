import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aboutWithUpdateReady } from './support/about-data';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness } from './support/browser';
import { demoScenario } from './support/demo-data';
import { saveScreenshot } from './support/screenshots';

// Settings → About in Chromium at the window's real size (400×620), with an update ready.
describe.runIf(e2eShouldRun())('About in Chromium', () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  it('fits the 400×620 window: version, runtime, the update offer, folders and diagnostics', async () => {
    app = await openApp(harness, { ...demoScenario(Date.now()), about: aboutWithUpdateReady() }, { viewport: { width: 400, height: 620 } });
    const page = app.page;
    await page.getByRole('button', { name: 'Settings' }).click();
    const heading = page.getByRole('heading', { name: 'About' });
    await heading.scrollIntoViewIfNeeded();
    const restart = page.getByRole('button', { name: 'Restart to update to 1.2.3' });
    await restart.waitFor();
    // Nothing in About is wider than the window.
    const overflow = await page.evaluate(() => {
      const section = document.querySelector('.about-section');
      return section ? section.scrollWidth - section.clientWidth : -1;
    });
    expect(overflow).toBe(0);
    await page.getByText('Electron 41.7.1 · Chromium 146.0.7680.80').waitFor();
    await page.locator('.about-section').evaluate((el) => el.scrollIntoView({ block: 'start', inline: 'nearest' }));
    // The header is wider than 400 px today (the renderer redesign is under way): clicking
    // Settings scrolls sideways; scroll back so the screenshot shows the window as it opens.
    await page.evaluate(() => document.querySelectorAll('*').forEach((el) => (el.scrollLeft = 0)));
    await saveScreenshot(page, 'about');
    await restart.click();
    await page.getByRole('button', { name: 'Copy diagnostics' }).click();
    await page.getByText('Diagnostics copied. Tokens and secrets were removed.').waitFor();
    const methods = (await app.calls()).map((call) => call.method);
    expect(methods).toEqual(expect.arrayContaining(['getAbout', 'restartToUpdate', 'copyDiagnostics']));
    expect(app.errors).toEqual([]);
  });
});
