import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { e2eShouldRun, openApp, startHarness, type AppPage, type E2eHarness } from './support/browser';
import { findContrastProblems, findLayoutProblems } from './support/layout-checks';
import { saveScreenshot } from './support/screenshots';
import { WINDOW_STATES } from './support/window-states';

// The window at the only size it has (400×620), in both languages and both themes, for every
// screen and state: nothing scrolls sideways, no tab, button or header item wraps or is cut,
// and text and borders have enough contrast. Each is photographed for a reviewer to look at.
const VARIANTS = [
  { lang: 'en', locale: 'en-US', theme: 'light' },
  { lang: 'en', locale: 'en-US', theme: 'dark' },
  { lang: 'zh', locale: 'zh-CN', theme: 'light' },
  { lang: 'zh', locale: 'zh-CN', theme: 'dark' },
] as const;

describe.runIf(e2eShouldRun())('the window at 400×620', () => {
  let harness: E2eHarness;
  let app: AppPage | undefined;
  beforeAll(async () => {
    harness = await startHarness();
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await harness?.close();
  });

  for (const variant of VARIANTS) {
    for (const state of WINDOW_STATES) {
      it(`${state.name}, ${variant.lang}, ${variant.theme}`, async () => {
        await app?.close();
        app = await openApp(harness, state.scenario(Date.now()), { locale: variant.locale, colorScheme: variant.theme, viewport: { width: 400, height: 620 } });
        await state.reach(app.page);
        await app.page.evaluate(() => document.fonts.ready);
        await saveScreenshot(app.page, `${state.name}-${variant.lang}-${variant.theme}`);
        expect(await findLayoutProblems(app.page)).toEqual([]);
        expect(await findContrastProblems(app.page)).toEqual([]);
        expect(app.errors).toEqual([]);
      }, 90_000);
    }
  }

  it('the list also fits 360 px, with a row selected and its menu open near the bottom', async () => {
    for (const variant of VARIANTS) {
      await app?.close();
      app = await openApp(harness, WINDOW_STATES[0]!.scenario(Date.now()), { locale: variant.locale, colorScheme: variant.theme, viewport: { width: 360, height: 620 } });
      const page = app.page;
      await page.locator('[data-task-row]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await findLayoutProblems(page)).toEqual([]);
      expect(await findContrastProblems(page)).toEqual([]);
      await saveScreenshot(page, `list-360-${variant.lang}-${variant.theme}`);
      // The last row in view: its menu must open upwards and stay inside the window.
      const rows = page.locator('.task-more');
      const last = rows.nth((await rows.count()) - 6);
      await last.scrollIntoViewIfNeeded();
      await last.click();
      const box = (await page.getByRole('menu').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(620);
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(await findLayoutProblems(page)).toEqual([]);
      await saveScreenshot(page, `row-menu-360-${variant.lang}-${variant.theme}`);
    }
  }, 240_000);
});
