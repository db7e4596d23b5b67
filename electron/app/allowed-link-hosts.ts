import type { RendererPort } from '../../shared/app/app-ports';
import { withAllowedHost, withoutAllowedHost } from '../../shared/links/allowed-hosts';
import type { Settings } from '../../shared/settings/settings';

// The user's allowed link hosts, kept in settings. Main's link dialog adds a host; the window's
// settings can only remove one (`links:forget-host`). Either way the window is told.

export interface AllowedLinkHosts {
  hosts(): readonly string[];
  allow(host: string): void;
  forget(host: string): Settings;
}

export interface AllowedLinkHostsDeps {
  settings: { get(): Settings; set(settings: Settings): unknown };
  renderer: RendererPort;
}

export function createAllowedLinkHosts(deps: AllowedLinkHostsDeps): AllowedLinkHosts {
  const save = (hosts: string[]): Settings => {
    const next = { ...deps.settings.get(), allowedLinkHosts: hosts };
    deps.settings.set(next);
    deps.renderer.send('settings:changed', next);
    return next;
  };
  return {
    hosts: () => deps.settings.get().allowedLinkHosts,
    allow(host) {
      const current = deps.settings.get().allowedLinkHosts;
      if (!current.includes(host)) save(withAllowedHost(current, host));
    },
    forget: (host) => save(withoutAllowedHost(deps.settings.get().allowedLinkHosts, host)),
  };
}
