import type { LoggerPort, RendererPort } from '../../shared/app/app-ports';
import type { EventChannel, EventPayloads, InvokeHandlers } from '../../shared/ipc/contract';
import type { AppState } from '../../shared/ipc/view-types';
import { avatarUrlAllowed } from '../../shared/links/avatar-hosts';
import { loadAvatar } from './avatar-loader';
import type { AvatarFetch } from './avatar-loader';

// The window never sees the avatar's web address: every AppState on its way to the window (the
// `app:state-changed` event and the `app:get-state` answer) carries the avatar main loaded, as a
// `data:` URL, or none. The first time an account's avatar is asked for, main starts loading it
// and sends the state again once it has it.

export interface AvatarRelay {
  /** The renderer port to give the core: rewrites each state it sends. */
  renderer: RendererPort;
  /** The state as the window may see it. */
  view(state: AppState): AppState;
}

export interface AvatarRelayDeps {
  fetch: AvatarFetch;
  renderer: RendererPort;
  log: LoggerPort;
}

export function createAvatarRelay(deps: AvatarRelayDeps): AvatarRelay {
  /** Avatar address → its data: URL, or null when it was refused or failed (not retried this run). */
  const loaded = new Map<string, string | null>();
  let lastState: AppState | null = null;

  function load(url: string, accountHost: string | null) {
    loaded.set(url, null);
    loadAvatar(url, { fetch: deps.fetch, allowed: (next) => avatarUrlAllowed(next, accountHost) })
      .then((dataUrl) => {
        loaded.set(url, dataUrl);
        if (lastState?.account?.avatarUrl === url) deps.renderer.send('app:state-changed', view(lastState));
      })
      .catch((error: unknown) => deps.log.warn(`account avatar not shown: ${error instanceof Error ? error.message : 'failed'}`));
  }

  function view(state: AppState): AppState {
    const account = state.account;
    const url = account?.avatarUrl;
    if (!account || !url) return state;
    if (!loaded.has(url)) load(url, hostOf(account.baseUrl));
    const { avatarUrl: _web, ...rest } = account;
    const dataUrl = loaded.get(url);
    return { ...state, account: dataUrl ? { ...rest, avatarUrl: dataUrl } : rest };
  }

  return {
    view,
    renderer: {
      send<E extends EventChannel>(channel: E, payload: EventPayloads[E]) {
        if (channel !== 'app:state-changed') return deps.renderer.send(channel, payload);
        lastState = payload as AppState;
        deps.renderer.send('app:state-changed', view(lastState));
      },
    },
  };
}

/** The handlers whose answers carry an AppState, answering with the window's view of it. */
export function withAvatarViews(handlers: InvokeHandlers, relay: AvatarRelay): InvokeHandlers {
  return {
    ...handlers,
    'app:get-state': async (request) => relay.view(await handlers['app:get-state'](request)),
    'auth:sign-in': async (request) => {
      const outcome = await handlers['auth:sign-in'](request);
      return outcome.ok ? { ok: true, value: relay.view(outcome.value) } : outcome;
    },
  };
}

function hostOf(baseUrl: string): string | null {
  try {
    return new URL(baseUrl).host;
  } catch {
    return null;
  }
}
