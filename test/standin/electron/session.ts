import type { PermissionCheckHandlerHandlerDetails } from 'electron';

type PermissionRequestHandlerHandlerDetails = { requestingUrl: string; isMainFrame: boolean };

// The default session: what main decides about permissions and response headers. The window's
// page asks these (chromium-session.ts) before Chromium grants anything.

type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: PermissionRequestHandlerHandlerDetails) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string, details: PermissionCheckHandlerHandlerDetails) => boolean;
export interface HeadersDetails {
  url: string;
  method: string;
  statusCode: number;
  resourceType: string;
  responseHeaders: Record<string, string[]>;
}
type HeadersListener = (details: HeadersDetails, callback: (response: { cancel?: boolean; responseHeaders?: Record<string, string | string[]> }) => void) => void;

export class StandinSession {
  permissionRequestHandler: RequestHandler | null = null;
  permissionCheckHandler: CheckHandler | null = null;
  headersListener: HeadersListener | null = null;
  private preloads: string[] = [];

  setPermissionRequestHandler(handler: RequestHandler | null): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: CheckHandler | null): void {
    this.permissionCheckHandler = handler;
  }
  setPreloads(preloads: string[]): void {
    this.preloads = [...preloads];
  }
  getPreloads(): string[] {
    return [...this.preloads];
  }
  /** electron-log registers its renderer preload; the stand-in records it and does not run it. */
  registerPreloadScript(script: { filePath: string }): string {
    this.preloads.push(script.filePath);
    return script.filePath;
  }
  setSpellCheckerEnabled(): void {}
  async clearCache(): Promise<void> {}
  async clearStorageData(): Promise<void> {}
  readonly webRequest = {
    onHeadersReceived: (filterOrListener: unknown, maybeListener?: HeadersListener | null) => {
      this.headersListener = (typeof filterOrListener === 'function' ? filterOrListener : maybeListener ?? null) as HeadersListener | null;
    },
  };

  /** Main's answer for a permission request, as Electron asks it (no handler: granted). */
  requestPermission(contents: unknown, permission: string, url: string): Promise<boolean> {
    const handler = this.permissionRequestHandler;
    if (!handler) return Promise.resolve(true);
    return new Promise((resolve) => handler(contents, permission, resolve, { requestingUrl: url, isMainFrame: true } as PermissionRequestHandlerHandlerDetails));
  }
  checkPermission(contents: unknown, permission: string, origin: string): boolean {
    return this.permissionCheckHandler?.(contents, permission, origin, { requestingUrl: origin, isMainFrame: true } as PermissionCheckHandlerHandlerDetails) ?? true;
  }
  /** Applies main's onHeadersReceived listener to a response the stand-in is about to give the page. */
  async filterHeaders(details: Omit<HeadersDetails, 'responseHeaders'>, headers: Record<string, string>): Promise<{ cancel: boolean; headers: Record<string, string> }> {
    const listener = this.headersListener;
    if (!listener) return { cancel: false, headers };
    const responseHeaders = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, [value]]));
    const answer = await new Promise<{ cancel?: boolean; responseHeaders?: Record<string, string | string[]> }>((resolve) => listener({ ...details, responseHeaders }, resolve));
    const next = answer.responseHeaders ?? responseHeaders;
    return { cancel: answer.cancel === true, headers: Object.fromEntries(Object.entries(next).map(([key, value]) => [key, Array.isArray(value) ? value.join(', ') : value])) };
  }
}

export const defaultSession = new StandinSession();
export const session = { defaultSession, fromPartition: () => defaultSession };
