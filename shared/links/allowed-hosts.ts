// The list of link hosts the user allowed (settings.allowedLinkHosts), changed only through these
// two functions so it never holds a duplicate and never grows without bound.

export const MAX_ALLOWED_HOSTS = 200;

/** `hosts` with `host` added (at the end; the oldest entries make room beyond the limit). */
export function withAllowedHost(hosts: readonly string[], host: string): string[] {
  if (hosts.includes(host)) return [...hosts];
  return [...hosts, host].slice(-MAX_ALLOWED_HOSTS);
}

export function withoutAllowedHost(hosts: readonly string[], host: string): string[] {
  return hosts.filter((entry) => entry !== host);
}
