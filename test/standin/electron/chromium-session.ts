import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page, Request as PageRequest, Route } from 'playwright-core';
import { handlerFor, toMainUrl } from './protocol';
import { records } from './records';
import { defaultSession } from './session';

// The browser behind every BrowserWindow: Debian's Chromium through playwright-core, one
// persistent profile (Electron's default session) in the app's userData, as Electron keeps it.
// Every request any page makes passes route(): the app's scheme goes to main's protocol
// handler (headers and all, so CSP and nosniff apply), a window's own navigations go through
// will-navigate, and a page that is not a window (a pop-up) loads nothing until main allows it.

export const CHROMIUM_PATH = process.env.ELECTRON_STANDIN_CHROMIUM ?? '/usr/bin/chromium';

/** What the session needs of a window's web contents. */
export interface RoutedContents {
  /** Main frame navigation that main did not start itself (loadURL): ask will-navigate. */
  willNavigate(url: string, isMainFrame: boolean): boolean;
  willRedirect(url: string): boolean;
}

const contentsByPage = new Map<Page, RoutedContents>();
const popupUrls = new Map<Page, string>();
/** A pop-up's first navigation comes before playwright knows its frame: the latest such URL. */
let orphanNavigation: string | null = null;
let context: BrowserContext | null = null;

export function registerPage(page: Page, contents: RoutedContents): void {
  contentsByPage.set(page, contents);
}
export function unregisterPage(page: Page): void {
  contentsByPage.delete(page);
}

export async function launchChromium(options: { userDataDir: string; locale: string; dark: boolean; onPopup: (page: Page, opener: Page, url: string) => Promise<void> }): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`electron stand-in: Chromium is missing at ${CHROMIUM_PATH} (apt-get install chromium)`);
  context = await chromium.launchPersistentContext(options.userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale,
    colorScheme: options.dark ? 'dark' : 'light',
    // The test attaches to the same browser to drive the window as a user (DevToolsActivePort).
    args: ['--remote-debugging-port=0'],
    viewport: null,
  });
  await context.route('**/*', (route) => route_(route).catch((error: unknown) => route.abort('failed').catch(() => recordFailure(error))));
  context.on('page', (page) => {
    void (async () => {
      const opener = await page.opener();
      if (contentsByPage.has(page) || !opener || !contentsByPage.has(opener)) return;
      // A pop-up: wait for the URL it tries to load (route() holds it back), then ask main.
      await new Promise((resolve) => setTimeout(resolve, 300));
      const url = popupUrls.get(page) ?? orphanNavigation ?? page.url();
      orphanNavigation = null;
      await options.onPopup(page, opener, toMainUrl(url));
    })();
  });
  return context;
}

export function browserContext(): BrowserContext {
  if (!context) throw new Error('electron stand-in: the browser is not running (app not ready?)');
  return context;
}

export async function closeChromium(): Promise<void> {
  const closing = context;
  context = null;
  await closing?.close().catch(() => undefined);
}

async function route_(route: Route): Promise<void> {
  const request = route.request();
  const page = pageOf(request);
  const contents = page ? contentsByPage.get(page) : undefined;
  if (!contents) {
    if (request.isNavigationRequest()) {
      if (page && !popupUrls.has(page)) popupUrls.set(page, request.url());
      if (!page) orphanNavigation = request.url();
    }
    return route.abort('blockedbyclient');
  }
  if (request.isNavigationRequest() && !contents.willNavigate(request.url(), request.frame().parentFrame() === null)) return route.abort('aborted');
  const mirrored = handlerFor(request.url());
  if (!mirrored) return route.continue();
  if (!mirrored.handler) return route.abort('failed');
  const response = await mirrored.handler(
    new Request(toMainUrl(request.url()), {
      method: request.method(),
      headers: request.headers(),
      ...(request.postDataBuffer() && !['GET', 'HEAD'].includes(request.method()) ? { body: new Uint8Array(request.postDataBuffer()!) } : {}),
    }),
  );
  const location = response.headers.get('location');
  if (response.status >= 300 && response.status < 400 && location && !contents.willRedirect(new URL(location, toMainUrl(request.url())).href)) return route.abort('aborted');
  const filtered = await defaultSession.filterHeaders(
    { url: toMainUrl(request.url()), method: request.method(), statusCode: response.status, resourceType: request.resourceType() },
    Object.fromEntries(response.headers),
  );
  if (filtered.cancel) return route.abort('blockedbyclient');
  await route.fulfill({ status: response.status, headers: filtered.headers, body: Buffer.from(await response.arrayBuffer()) });
}

function pageOf(request: PageRequest): Page | null {
  try {
    return request.frame().page();
  } catch {
    return null;
  }
}

function recordFailure(error: unknown): void {
  records.problems.push({ windowId: 0, kind: 'load-failed', text: `electron stand-in: routing failed: ${error instanceof Error ? error.message : String(error)}` });
}
