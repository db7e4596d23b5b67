import { EventEmitter } from 'node:events';
import type { CDPSession, Page } from 'playwright-core';
import type { HandlerDetails, IpcMainInvokeEvent, WindowOpenHandlerResponse } from 'electron';
import { registerPage } from './chromium-session';
import { ipcMain } from './ipc-main';
import { nativeImage } from './native-image';
import type { StandinNativeImage } from './native-image';
import { IPC_BINDING, PRELOAD_WORLD, fromIpcJson, isolatedWorldScript, mainWorldScript, toIpcJson } from './page-scripts';
import { toMainUrl, toPageUrl } from './protocol';
import { records } from './records';
import { defaultSession } from './session';

// A window's web contents over one Chromium page and a CDP session to it: the preload in its
// isolated world, IPC both ways, frames as main sees them (WebFrameMain: url and parent), and
// will-navigate / setWindowOpenHandler answered by main.

let nextId = 1;
const all = new Set<StandinWebContents>();

interface FrameInfo {
  id: string;
  parentId: string | null;
  url: string;
}

/** Electron's WebFrameMain, as much of it as IPC senders are checked by. */
export interface StandinFrame {
  readonly url: string;
  readonly origin: string;
  readonly parent: StandinFrame | null;
  readonly top: StandinFrame | null;
  readonly name: string;
  readonly routingId: number;
  readonly processId: number;
  readonly frameTreeNodeId: number;
  isDestroyed(): boolean;
}

export interface WebContentsOptions {
  windowId: number;
  preload: string | undefined;
  /** webPreferences.nodeIntegrationInSubFrames: the preload runs in child frames too. */
  subFrames: boolean;
}

export class StandinWebContents extends EventEmitter {
  static getAllWebContents = (): StandinWebContents[] => [...all];
  static fromId = (id: number): StandinWebContents | undefined => [...all].find((contents) => contents.id === id);
  static getFocusedWebContents = (): StandinWebContents | null => [...all][0] ?? null;

  readonly id = nextId++;
  readonly session = defaultSession;
  private page: Page | null = null;
  private cdp: CDPSession | null = null;
  private readonly frames = new Map<string, FrameInfo>();
  private readonly preloadContexts = new Map<number, string>();
  private openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null;
  /** The page URL of a navigation main asked for (loadURL): no will-navigate for it. */
  private expectedNavigation: string | null = null;
  private destroyed = false;

  constructor(private readonly options: WebContentsOptions) {
    super();
    all.add(this);
  }

  async attach(page: Page): Promise<void> {
    this.page = page;
    registerPage(page, this);
    const cdp = (this.cdp = await page.context().newCDPSession(page));
    cdp.on('Page.frameNavigated', ({ frame }) => this.frames.set(frame.id, { id: frame.id, parentId: frame.parentId ?? null, url: frame.url + (frame.urlFragment ?? '') }));
    cdp.on('Page.navigatedWithinDocument', ({ frameId, url }) => {
      const frame = this.frames.get(frameId);
      if (frame) frame.url = url;
    });
    cdp.on('Page.frameDetached', ({ frameId }) => this.frames.delete(frameId));
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.name === PRELOAD_WORLD) this.preloadContexts.set(context.id, (context.auxData as { frameId: string }).frameId);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => this.preloadContexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => this.preloadContexts.clear());
    cdp.on('Runtime.bindingCalled', (call) => {
      if (call.name === IPC_BINDING) void this.fromRenderer(call.payload, call.executionContextId);
    });
    await cdp.send('Page.enable');
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: IPC_BINDING, executionContextName: PRELOAD_WORLD });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: mainWorldScript() });
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: isolatedWorldScript({ preloadPath: this.options.preload, subFrames: this.options.subFrames }), worldName: PRELOAD_WORLD });
    const problem = (kind: 'page-error' | 'console-error' | 'crash' | 'network', text: string) => records.problems.push({ windowId: this.options.windowId, kind, text });
    page.on('pageerror', (error) => problem('page-error', error.stack ?? error.message));
    page.on('console', (message) => {
      // CSP refusals come precisely through the securitypolicyviolation event instead.
      const text = message.text();
      if (message.type() !== 'error' || /Content Security Policy|'script-src'|'default-src'/.test(text)) return;
      if (text.startsWith('Failed to load resource: net::')) problem('network', `${text} (${message.location().url})`);
      else problem('console-error', text);
    });
    page.on('crash', () => problem('crash', 'the renderer crashed'));
  }

  async loadURL(url: string): Promise<void> {
    const page = this.livePage();
    const pageUrl = toPageUrl(url);
    this.expectedNavigation = pageUrl;
    try {
      await page.goto(pageUrl, { waitUntil: 'load' });
    } catch (error) {
      const text = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      records.problems.push({ windowId: this.options.windowId, kind: 'load-failed', text: `${url}: ${text}` });
      this.emit('did-fail-load', { preventDefault() {} }, -2, text, url, true);
      throw new Error(`ERR_FAILED (-2) loading '${url}'`);
    }
    this.emit('dom-ready', { preventDefault() {} });
    this.emit('did-finish-load', { preventDefault() {} });
  }
  getURL(): string {
    return this.page ? toMainUrl(this.page.url()) : '';
  }
  getTitle(): Promise<string> | string {
    return this.page?.title() ?? '';
  }
  /** Structured-clone-like: plain data crosses as JSON; a function cannot be sent. */
  send(channel: string, ...args: unknown[]): void {
    assertCloneable(args);
    const frameId = this.mainFrameId();
    const contextId = [...this.preloadContexts].find(([, frame]) => frame === frameId)?.[0];
    // Like Electron, a message sent while no page is there to receive it is lost.
    if (contextId === undefined || !this.cdp) return;
    void this.cdp
      .send('Runtime.evaluate', { contextId, expression: `globalThis.__electronStandin?.deliver(${JSON.stringify(channel)}, ${JSON.stringify(toIpcJson(args))})` })
      .catch(() => undefined);
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
  /** What main answers for a pop-up (no handler: allowed, as in Electron). */
  windowOpen(url: string): WindowOpenHandlerResponse {
    const answer = this.openHandler?.({ url, frameName: '', features: '', disposition: 'new-window', referrer: { url: this.getURL(), policy: 'strict-origin-when-cross-origin' }, postBody: undefined } as unknown as HandlerDetails) ?? { action: 'allow' };
    records.navigations.push({ windowId: this.options.windowId, url, event: 'window-open', outcome: answer.action });
    return answer;
  }
  willNavigate(pageUrl: string, isMainFrame: boolean): boolean {
    if (isMainFrame && pageUrl === this.expectedNavigation) {
      this.expectedNavigation = null;
      return true;
    }
    const url = toMainUrl(pageUrl);
    const event = preventable({ url, isMainFrame, isSameDocument: false, frame: null, initiator: null });
    this.emit('will-frame-navigate', event);
    if (isMainFrame && !event.defaultPrevented) this.emit('will-navigate', event, url, false, true);
    if (isMainFrame) records.navigations.push({ windowId: this.options.windowId, url, event: 'will-navigate', outcome: event.defaultPrevented ? 'prevented' : 'allowed' });
    return !event.defaultPrevented;
  }
  willRedirect(url: string): boolean {
    const event = preventable({ url, isMainFrame: true, isSameDocument: false });
    this.emit('will-redirect', event, url, false, true);
    return !event.defaultPrevented;
  }
  async executeJavaScript(code: string): Promise<unknown> {
    return this.livePage().evaluate(code);
  }
  async capturePage(): Promise<StandinNativeImage> {
    return nativeImage.createFromBuffer(await this.livePage().screenshot());
  }
  get mainFrame(): StandinFrame {
    return this.frame(this.mainFrameId() ?? '');
  }
  isDestroyed = (): boolean => this.destroyed;
  isCrashed = (): boolean => false;
  isLoading = (): boolean => false;
  isDevToolsOpened = (): boolean => false;
  focus(): void {}
  openDevTools(): void {}
  closeDevTools(): void {}
  setZoomFactor(): void {}
  setAudioMuted(): void {}
  reload(): void {
    void this.page?.reload();
  }
  destroy(): void {
    this.destroyed = true;
    all.delete(this);
    this.emit('destroyed');
  }
  /** The page a window shows (for the test's screenshots and the control channel). */
  livePage(): Page {
    if (!this.page || this.destroyed) throw new Error('the window has no page');
    return this.page;
  }

  private mainFrameId(): string | undefined {
    return [...this.frames.values()].find((frame) => frame.parentId === null)?.id;
  }

  private frame(id: string): StandinFrame {
    const frames = this.frames;
    const parentId = frames.get(id)?.parentId ?? null;
    const parent = parentId === null ? null : this.frame(parentId);
    const url = () => toMainUrl(frames.get(id)?.url ?? '');
    const self: StandinFrame = {
      get url() {
        return url();
      },
      get origin() {
        return /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(url())?.[1] ?? 'null';
      },
      parent,
      get top(): StandinFrame {
        return parent ? (parent.top ?? parent) : self;
      },
      name: '',
      routingId: 1,
      processId: 1,
      frameTreeNodeId: 1,
      isDestroyed: () => !frames.has(id),
    };
    return self;
  }

  private async fromRenderer(payload: string, contextId: number): Promise<void> {
    const message = fromIpcJson(payload) as { kind: string; id?: number; channel?: string; args?: unknown[]; type?: string; text?: string; devtools?: boolean };
    // The test drives the page through DevTools, whose evaluations (no script file behind them)
    // the CSP also reports: not the app's doing.
    if (message.kind === 'problem' && message.devtools) return;
    if (message.kind === 'problem') {
      records.problems.push({ windowId: this.options.windowId, kind: message.type === 'csp-violation' ? 'csp-violation' : 'page-error', text: message.text ?? '' });
      return;
    }
    const frameId = this.preloadContexts.get(contextId) ?? '';
    const senderFrame = this.frame(frameId);
    const event = { type: 'frame', sender: this, senderFrame, frameId: 1, processId: 1, ports: [], preventDefault() {}, defaultPrevented: false } as unknown as IpcMainInvokeEvent;
    const channel = message.channel ?? '';
    if (message.kind === 'send') {
      ipcMain.emit(channel, Object.assign(event, { reply: (replyChannel: string, ...args: unknown[]) => this.send(replyChannel, ...args), returnValue: undefined }), ...(message.args ?? []));
      return;
    }
    const result = await ipcMain.invoke(channel, event, message.args ?? []);
    records.ipc.push({ channel, frameUrl: senderFrame.url, mainFrame: senderFrame.parent === null, outcome: result.ok ? 'ok' : 'noHandler' in result && result.noHandler ? 'no-handler' : 'error' });
    const answer = JSON.stringify(result.ok ? jsonOf(result.value) : toIpcJson(result.message));
    await this.cdp
      ?.send('Runtime.evaluate', { contextId, expression: `globalThis.__electronStandin.settle(${message.id}, ${result.ok}, ${answer})` })
      .catch(() => undefined);
  }
}

function preventable<T extends object>(fields: T): T & { preventDefault(): void; defaultPrevented: boolean } {
  const event = { ...fields, defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
  return event;
}

function jsonOf(value: unknown): string {
  assertCloneable(value);
  return toIpcJson(value);
}

function assertCloneable(value: unknown, depth = 0): void {
  if (typeof value === 'function' || typeof value === 'symbol') throw new Error('An object could not be cloned.');
  if (depth > 100) throw new Error('An object could not be cloned (too deep).');
  if (value && typeof value === 'object') for (const item of Object.values(value)) assertCloneable(item, depth + 1);
}
