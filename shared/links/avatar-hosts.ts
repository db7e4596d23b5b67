import { FEISHU_LARK_DOMAINS, isNonProductionFeishuHost } from './feishu-hosts';

// Where main may fetch the account's avatar from: Feishu/Lark hosts and their image CDNs
// (user_info answers with `https://s1-imfile.feishucdn.com/static-resource/…`), or the signed-in
// account's own host (a private deployment). The window itself loads no image from the network.

const AVATAR_DOMAINS: readonly string[] = [...FEISHU_LARK_DOMAINS, 'feishucdn.com', 'larksuitecdn.com'];

/** The parsed URL when main may fetch an avatar from it; null otherwise. */
export function avatarUrlAllowed(raw: string, accountHost: string | null): URL | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return null;
  const host = url.hostname;
  if (isNonProductionFeishuHost(host)) return null;
  if (AVATAR_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`))) return url;
  return accountHost !== null && url.host === accountHost ? url : null;
}
