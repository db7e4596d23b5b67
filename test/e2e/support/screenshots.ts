import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const DIR = resolve(import.meta.dirname, '../screenshots');

/** Saves a screenshot for reviewers under test/e2e/screenshots/<name>.png. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: resolve(DIR, `${name}.png`) });
}
