import { join } from 'node:path';
import { createAppCore } from '../../shared/app/app-core';
import type { ShortcutStatus } from '../../shared/ipc/view-types';
import type { AppCore, AppCoreDeps } from '../../shared/app/app-core';
import type { StatePort } from '../../shared/app/app-ports';
import { emptyEnrichmentCache, parseEnrichmentCache } from '../../shared/app/enrichment-cache';
import type { SecretStorePort } from '../../shared/auth/secret-store-port';
import type { FetchPort } from '../../shared/feishu/fetch-port';
import type { InvokeHandlers } from '../../shared/ipc/contract';
import type { ManagedState } from '../../shared/managed/managed-config';
import { createCallCounterState, parseCallCounterState } from '../../shared/quota/call-counter';
import type { CallCounterState } from '../../shared/quota/call-counter';
import { recoverCallCounter } from '../../shared/quota/call-counter-recovery';
import { SettingsSchema } from '../../shared/settings/settings';
import { applySettingsPatch } from '../../shared/settings/settings-patch';
import type { Account, Settings } from '../../shared/settings/settings';
import { createLookedState, parseLookedState } from '../../shared/tasks/looked-ledger';
import { createSeenState, parseSeenState } from '../../shared/tasks/seen-ledger';
import type { ApprovalFeature } from '../../shared/auth/granted-scopes';
import { grantFeatureScopes } from '../auth/grant-scopes';
import { signIn } from '../auth/sign-in';
import { signOut } from '../auth/sign-out';
import type { SignInDeps } from '../auth/sign-in-deps';
import { createJsonStateFile } from '../state/json-state-file';
import { stateOwnerKey } from '../state/state-owner-key';
import { createAllowedLinkHosts } from './allowed-link-hosts';
import { createLiveSession } from './live-session';
import { confirmSignInHosts, managedSignInHosts, savedAccountHosts } from './sign-in-hosts';
import { unavailableSupportHandlers } from './support-handlers';
import type { SupportChannel } from './support-handlers';
import type { LiveSession } from './live-session';

// Runs the app's sessions: builds the core for the signed-in account (or the demo), switches it
// on sign-in and sign-out, and answers every IPC channel. Plain Node: main wires it to Electron,
// tests drive it with fakes and the sandbox.

export interface SettingsPort {
  get(): Settings;
  set(settings: Settings): void;
}

export interface AppControllerDeps {
  settings: SettingsPort;
  secrets: SecretStorePort;
  keychain: { available: boolean; message?: string };
  fetch: FetchPort;
  /** Where the seen ledger and the call counter live (app.getPath('userData')/state). */
  stateDir: string;
  /** Where refresh locks are shared with the CLI (its default state dir); see live-session.ts. */
  refreshLockDir?: string;
  core: Omit<AppCoreDeps, 'session' | 'settings' | 'seen' | 'looked' | 'calls'>;
  /** Opens the sign-in page through the URL policy; it must be on `accountsBase`. */
  openSignInPage(url: string, accountsBase: string): Promise<void>;
  /** Asks the user, in a native dialog, before credentials go to a custom non-Feishu/Lark host. */
  confirmSignInHost(host: string): Promise<boolean>;
  hideWindow(): void;
  /** Side effects of a settings change that live in main: login item, theme, language. */
  applySettings(settings: Settings, previous: Settings): void;
  /** The administrator's managed.json as read at start (default: none). */
  managed?: ManagedState;
  /** Settings → About's channels (support-handlers.ts); tests without them get refusals. */
  support?: Pick<InvokeHandlers, SupportChannel>;
  /** The global shortcut's registration (electron/main/global-shortcut.ts); none in tests. */
  shortcutStatus?: () => ShortcutStatus;
}

export interface AppController {
  start(): Promise<void>;
  core(): AppCore;
  handlers: InvokeHandlers;
  shutdown(): Promise<void>;
}

export function createAppController(deps: AppControllerDeps): AppController {
  let live: LiveSession | null = null;
  let core: AppCore | null = null;
  let signInAbort: AbortController | null = null;
  const accounts = {
    get: () => deps.settings.get().account,
    set: (account: Account | null) => deps.settings.set({ ...deps.settings.get(), account }),
  };

  const linkHosts = createAllowedLinkHosts({ settings: deps.settings, renderer: deps.core.renderer });

  const current = (): AppCore => {
    if (!core) throw new Error('The app is still starting.');
    return core;
  };

  async function startSession() {
    const account = accounts.get();
    live = await createLiveSession({
      account,
      secrets: deps.secrets,
      keychain: deps.keychain,
      fetch: deps.fetch,
      now: () => deps.core.clock.now(),
      onAccountChange: (next) => {
        if (accounts.get()?.id === next.id) accounts.set(next);
      },
      onWarning: (message) => deps.core.log.warn(message),
      refreshLockDir: deps.refreshLockDir,
    });
    const owner = account ? stateOwnerKey(account.baseUrl, account.userId) : 'demo';
    core = createAppCore({
      ...deps.core,
      session: live.session,
      settings: () => deps.settings.get(),
      seen: stateFile(join(deps.stateDir, `seen-${owner}.json`), parseSeenState, createSeenState, deps),
      looked: stateFile(join(deps.stateDir, `looked-${owner}.json`), parseLookedState, createLookedState, deps),
      // Demo calls go to the local sandbox: they cost the tenant nothing and are not counted.
      calls: account ? callCounterFile(deps) : memoryState(createCallCounterState()),
      // Approval details of the to-do tasks (issue #11); the demo's stay in memory.
      enrichment: account ? stateFile(join(deps.stateDir, `enrichment-${owner}.json`), parseEnrichmentCache, emptyEnrichmentCache, deps) : memoryState(emptyEnrichmentCache()),
    });
    await core.start();
  }

  /** One browser sign-in at a time: a new one cancels the one still waiting. */
  function startSignIn(): AbortController {
    signInAbort?.abort();
    signInAbort = new AbortController();
    return signInAbort;
  }

  function signInDeps(abort: AbortController, accountsBase: string): SignInDeps {
    return {
      fetch: deps.fetch,
      secrets: deps.secrets,
      accounts,
      now: () => deps.core.clock.now(),
      openExternal: (url) => deps.openSignInPage(url, accountsBase),
      signal: abort.signal,
    };
  }

  /** The user turned the feature on by asking for its scopes: its setting follows. */
  function turnFeatureOn(feature: ApprovalFeature) {
    const settings = deps.settings.get();
    const approvals = { ...settings.approvals, ...(feature === 'act' ? { actFromApp: true } : { showDetails: true }) };
    deps.settings.set({ ...settings, approvals });
    current().settingsChanged();
    deps.core.renderer.send('settings:changed', deps.settings.get());
  }

  async function switchSession() {
    await core?.stop();
    await live?.close();
    core = null;
    await startSession();
  }

  const handlers: InvokeHandlers = {
    'app:get-state': () => current().getState(),
    'tasks:get-topic': ({ topic }) => current().getTopic(topic),
    'tasks:refresh': ({ topic }) => current().refresh(topic),
    'tasks:open': ({ topic, taskId, link }) => current().openTask(topic, taskId, link),
    'tasks:copy-link': ({ topic, taskId, link }) => current().copyLink(topic, taskId, link),
    'tasks:copy-summary': ({ topic, taskId }) => current().copySummary(topic, taskId),
    'links:open-approval-centre': () => current().openApprovalCentre(),
    'tasks:mark-seen': ({ topic, taskIds }) => current().markSeen(topic, taskIds),
    'tasks:get-detail': ({ topic, taskId }) => current().getDetail(topic, taskId),
    'tasks:decide': (request) => current().decide(request),
    'tasks:undo-decision': ({ taskId }) => current().undoDecision(taskId),
    'tasks:dismiss-decision': ({ taskId }) => current().dismissDecision(taskId),
    'tasks:get-decisions': () => current().getDecisions(),
    'auth:grant-scopes': async ({ feature }) => {
      const before = accounts.get();
      // The saved account's own hosts: confirmed when it signed in, and nothing comes from the window.
      const hosts = savedAccountHosts(before);
      if (!hosts.ok) return hosts;
      const abort = startSignIn();
      const outcome = await grantFeatureScopes(feature, signInDeps(abort, hosts.value.accounts));
      if (signInAbort === abort) signInAbort = null;
      // New tokens were saved (granted, or granted without some scope): the session must use them.
      if (accounts.get() !== before) await switchSession();
      if (!outcome.ok) return outcome;
      turnFeatureOn(feature);
      return { ok: true, value: current().getState() };
    },
    'poller:pause': ({ until }) => current().pause(until),
    'poller:resume': () => current().resume(),
    'settings:get': () => deps.settings.get(),
    'settings:shortcut-status': () => deps.shortcutStatus?.() ?? { accelerator: null, registered: false, problem: null },
    'settings:update': (patch) => {
      const previous = deps.settings.get();
      const next = SettingsSchema.parse({ ...applySettingsPatch(previous, patch), account: previous.account });
      deps.settings.set(next);
      deps.applySettings(next, previous);
      current().settingsChanged();
      deps.core.renderer.send('settings:changed', next);
      if (next.watchCcUnread && !previous.watchCcUnread) void current().refresh('17');
      return next;
    },
    'links:forget-host': ({ host }) => linkHosts.forget(host),
    'auth:sign-in': async (request) => {
      const hosts = request.mode === 'managed' ? managedSignInHosts(deps.managed) : await confirmSignInHosts(request, deps.confirmSignInHost);
      if (!hosts.ok) return hosts;
      const abort = startSignIn();
      const outcome = await signIn(request, { ...signInDeps(abort, hosts.value.accounts), managed: deps.managed });
      if (signInAbort === abort) signInAbort = null;
      if (!outcome.ok) return outcome;
      await switchSession();
      return { ok: true, value: current().getState() };
    },
    'auth:get-managed': () => deps.managed ?? { status: 'none', path: '' },
    'auth:cancel-sign-in': () => signInAbort?.abort(),
    'auth:sign-out': async () => {
      const account = accounts.get();
      if (!account) return;
      const outcome = await signOut(account, { secrets: deps.secrets, accounts });
      if (!outcome.ok) deps.core.log.error(outcome.message);
      await switchSession();
    },
    'window:hide': () => deps.hideWindow(),
    ...(deps.support ?? unavailableSupportHandlers()),
  };

  return {
    start: startSession,
    core: current,
    handlers,
    async shutdown() {
      signInAbort?.abort();
      await core?.stop();
      await live?.close();
    },
  };
}

/** calls.json (shared with the CLI); a damaged one is recovered, never reset to zero. */
function callCounterFile(deps: AppControllerDeps): StatePort<CallCounterState> {
  const recover = (text: string) => {
    const { state, message } = recoverCallCounter(text, { monthlyBudget: deps.settings.get().monthlyCallBudget, now: deps.core.clock.now() });
    return { value: state, message };
  };
  return stateFile(join(deps.stateDir, 'calls.json'), parseCallCounterState, createCallCounterState, deps, recover);
}

function stateFile<T>(
  path: string,
  parse: (input: unknown) => T,
  fallback: () => T,
  deps: Pick<AppControllerDeps, 'core'>,
  recover?: (text: string) => { value: T; message: string },
): StatePort<T> {
  const file = createJsonStateFile(path, { parse, fallback, recover });
  return {
    async read() {
      const result = await file.read();
      if (!result.repaired) return result.value;
      deps.core.log.warn(result.message ?? `${path} was broken and has been reset`);
      // Save what was recovered at once: the next save re-reads the file and adds to it.
      await file.write(result.value).catch((error: unknown) => deps.core.log.error(`could not save the repaired ${path}`, error));
      return result.value;
    },
    write: (value) => file.write(value),
  };
}

function memoryState<T>(initial: T): StatePort<T> {
  let value = initial;
  return {
    read: async () => value,
    write: async (next) => {
      value = next;
    },
  };
}


