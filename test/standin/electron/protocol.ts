import type { CustomScheme } from 'electron';
import { records } from './records';

// protocol.handle: main's handler answers the page's requests for its scheme. Chromium outside
// Electron cannot load a custom scheme, so each handled scheme is mirrored on an https origin
// that never reaches the network (every request to it is routed to the handler, see
// chromium-session.ts): app://renderer/x is https://renderer.app.electron-standin.invalid/x in
// the page, and main only ever sees the app:// form (senderFrame.url, will-navigate, getURL).

const MIRROR_SUFFIX = '.electron-standin.invalid';

type Handler = (request: Request) => Response | Promise<Response>;
const handlers = new Map<string, Handler>();
const privileged = new Map<string, CustomScheme['privileges']>();
let readyCheck: () => boolean = () => false;

export function setReadyCheck(check: () => boolean): void {
  readyCheck = check;
}

export const protocol = {
  registerSchemesAsPrivileged(schemes: CustomScheme[]): void {
    if (readyCheck()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    for (const scheme of schemes) {
      privileged.set(scheme.scheme, scheme.privileges ?? {});
      records.schemes.push(scheme.scheme);
    }
  },
  handle(scheme: string, handler: Handler): void {
    if (!readyCheck()) throw new Error('protocol.handle must be called after app is ready');
    if (handlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    if (!privileged.get(scheme)?.standard) throw new Error(`electron stand-in: only schemes registered as standard can be served (got "${scheme}")`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled: (scheme: string) => handlers.has(scheme),
};

/** The URL the page loads for a URL main names. */
export function toPageUrl(url: string): string {
  const parsed = safeUrl(url);
  if (!parsed || !privileged.has(parsed.protocol.slice(0, -1))) return url;
  return `https://${parsed.host}.${parsed.protocol.slice(0, -1)}${MIRROR_SUFFIX}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The URL main sees for a URL the page has. */
export function toMainUrl(url: string): string {
  const parsed = safeUrl(url);
  if (!parsed || parsed.protocol !== 'https:' || !parsed.hostname.endsWith(MIRROR_SUFFIX)) return url;
  const labels = parsed.hostname.slice(0, -MIRROR_SUFFIX.length).split('.');
  const scheme = labels.pop()!;
  return `${scheme}://${labels.join('.')}${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The handler for a page URL on a mirrored scheme, or null if it is not one. */
export function handlerFor(pageUrl: string): { scheme: string; handler: Handler | undefined } | null {
  const mainUrl = toMainUrl(pageUrl);
  if (mainUrl === pageUrl) return null;
  const scheme = mainUrl.slice(0, mainUrl.indexOf(':'));
  return { scheme, handler: handlers.get(scheme) };
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
