// AppLink rules (reference §B1/B2). The `feishu:`/`lark:` schemes are opened only in their
// documented applink form, and an applink that wraps another URL (`client/web_url/open?url=`,
// `client/web_app/open?lk_target_url=`) is only as safe as the URL it wraps: the policy is applied
// to that inner URL too.

/** The hosts an app-scheme link may name: `feishu://applink/client/…`, `lark://applink.feishu.cn/client/…`. */
const SCHEME_APPLINK_HOSTS: ReadonlySet<string> = new Set(['applink', 'applink.feishu.cn', 'applink.larksuite.com', 'applink.larkoffice.com']);

/** Query parameters through which an applink opens an arbitrary web page. */
const WRAPPED_URL_PARAMS = ['url', 'lk_target_url'] as const;
/** Path segments of the applink paths that open a web page (web_url/open, web_app/open). */
const WRAPPER_SEGMENTS: ReadonlySet<string> = new Set(['web_url', 'web_app']);

/** Path segments, percent-decoded and lower-cased; null when the path cannot be decoded. */
function pathSegments(pathname: string): string[] | null {
  try {
    return decodeURIComponent(pathname)
      .toLowerCase()
      .split('/')
      .filter((segment) => segment !== '');
  } catch {
    return null;
  }
}

/** A `feishu:`/`lark:` URL in the documented applink form: host `applink…`, path `/client/…`, no port. */
export function isSchemeApplink(url: URL): boolean {
  if (url.port !== '' || !SCHEME_APPLINK_HOSTS.has(url.host.toLowerCase())) return false;
  const segments = pathSegments(url.pathname);
  return segments !== null && segments[0] === 'client' && segments.length >= 2;
}

export type WrappedUrl = { kind: 'none' } | { kind: 'inner'; url: string } | { kind: 'invalid' };

/**
 * The URL a Feishu/Lark link hands on to a web view, if any. A web_url/web_app path must carry
 * exactly one target; any link carrying a target parameter at all has it checked. Two targets, or
 * an undecodable path, are refused rather than guessed at.
 */
export function wrappedUrl(url: URL): WrappedUrl {
  const segments = pathSegments(url.pathname);
  if (segments === null) return { kind: 'invalid' };
  const isWrapper = segments.some((segment) => WRAPPER_SEGMENTS.has(segment));
  const targets = WRAPPED_URL_PARAMS.flatMap((name) => (isWrapper || name === 'lk_target_url' ? url.searchParams.getAll(name) : []));
  if (targets.length > 1) return { kind: 'invalid' };
  const [target] = targets;
  if (target !== undefined) return { kind: 'inner', url: target };
  return isWrapper ? { kind: 'invalid' } : { kind: 'none' };
}
