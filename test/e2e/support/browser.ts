import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { buildRenderer } from './build-renderer';
import { serveStatic } from './static-server';
import { installTestBridge, type BridgeCall, type BridgeScenario } from './test-bridge';
import { systemPartAvailable } from '../../support/system-parts';

/** Debian's Chromium, installed by .ci/run. Never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Whether the e2e can run. On CI it must: a missing Chromium there fails the file. Elsewhere the
 * suite is skipped and the run ends with one loud line saying so (test/support/system-parts.ts).
 */
export function e2eShouldRun(): boolean {
  return systemPartAvailable('chromium', isExecutable(CHROMIUM_PATH), `${CHROMIUM_PATH} is missing or not executable`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}

export interface E2eHarness {
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startHarness(): Promise<E2eHarness> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium missing at ${CHROMIUM_PATH}: the e2e needs it (apt-get install chromium)`);
  const dir = await buildRenderer();
  const server = await serveStatic(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface AppPage {
  page: Page;
  /** alert()/confirm() dialogs and uncaught page errors: a hostile title must cause neither. */
  dialogs: string[];
  errors: string[];
  calls(): Promise<BridgeCall[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  colorScheme?: 'light' | 'dark';
  locale?: 'en-US' | 'zh-CN';
  viewport?: { width: number; height: number };
  /** Extra scripts run in the page before the app (the bench's timers). */
  initScripts?: string[];
}

export async function openApp(harness: E2eHarness, scenario: BridgeScenario, options: OpenOptions = {}): Promise<AppPage> {
  const context = await harness.browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    // The window's real size (electron/main/main-window.ts); nothing is tested at any other width
    // except the narrower 360 px the list must also fit.
    viewport: options.viewport ?? { width: 400, height: 620 },
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  // tsx/esbuild may wrap named functions in __name(); the page has no such helper.
  await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
  await page.addInitScript(installTestBridge, scenario);
  for (const content of options.initScripts ?? []) await page.addInitScript({ content });
  await page.goto(harness.url);
  return {
    page,
    dialogs,
    errors,
    calls: () => page.evaluate(() => window.__bridge?.calls ?? []),
    close: () => context.close(),
  };
}
