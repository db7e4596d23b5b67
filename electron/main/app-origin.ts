// The renderer's own origin: pages are served from app://renderer/ (app-protocol.ts), and only
// frames there may call IPC or be navigated to.

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** `app:` is not a special scheme, so URL.origin is "null": compare scheme and host instead. */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
