import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppController } from '../../../electron/app/app-controller';
import type { AppController } from '../../../electron/app/app-controller';
import { createMemorySecretStore } from '../../../electron/keychain/memory-secret-store';
import { SANDBOX_APP_ID, SANDBOX_APP_SECRET } from '../../../electron/sandbox/auth/demo-app';
import { startSandbox } from '../../../electron/sandbox/server';
import type { Sandbox } from '../../../electron/sandbox/server';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import { defaultSettings } from '../../../shared/settings/settings';
import type { Settings } from '../../../shared/settings/settings';
import type { ManagedState } from '../../../shared/managed/managed-config';
import { startTestBroker } from '../../electron/broker/broker-harness';
import { createRecordingPorts } from '../../fakes/app-ports';
import { createManualClock } from '../../shared/poller/manual-clock';
import { approveInBrowser, setAuthSettings } from '../../electron/sandbox/auth/auth-routes-host';

// Settings → Approvals' "grant" against the real sandbox server on 127.0.0.1: the first sign-in
// asks only for the base scopes (so the approval APIs answer 99991679), turning a feature on signs
// in again asking for its scopes, and a refusal (declined in the browser, or left out of the
// grant by the tenant) comes back as scope-refused with the feature still off.

let sandbox: Sandbox;
let controller: AppController;
beforeEach(async () => {
  sandbox = await startSandbox({ tasksPerTopic: { '1': 2 } });
});
afterEach(async () => {
  await controller.shutdown();
  await sandbox.close();
});

type Browser = 'approve' | 'decline';

async function setup(options: { managed?: ManagedState } = {}) {
  const secrets = createMemorySecretStore();
  let settings: Settings = defaultSettings();
  const opened: string[] = [];
  const browser: { next: Browser } = { next: 'approve' };
  controller = createAppController({
    settings: { get: () => settings, set: (next) => void (settings = next) },
    secrets,
    keychain: { available: true },
    fetch: (url, init) => fetch(url, init),
    stateDir: await mkdtemp(join(tmpdir(), 'approval-tray-grant-')),
    core: { clock: createManualClock(Date.now()), random: () => 0.5, locale: () => 'en', utcOffsetMinutes: () => 0, ...createRecordingPorts().ports },
    // The browser: the sandbox's consent page, approved (or declined) at once.
    openSignInPage: async (url) => {
      opened.push(url);
      await approveInBrowser(browser.next === 'decline' ? `${url}&sandbox_deny=1` : url);
    },
    confirmSignInHost: async () => true,
    hideWindow: () => undefined,
    applySettings: () => undefined,
    managed: options.managed,
  });
  await controller.start();
  const request = options.managed
    ? { mode: 'managed' }
    : { mode: 'oauth', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, callbackPort: await freePort() };
  const signIn = await controller.handlers['auth:sign-in'](invokeRequestSchemas['auth:sign-in'].parse(request));
  expect(signIn).toMatchObject({ ok: true, value: { demo: false } });
  const account = () => settings.account!;
  /** The approval list as the signed-in user, with the token the app now holds: Feishu's code. */
  const listCode = async () => {
    const token = await secrets.get(account().id, 'access-token');
    const res = await fetch(`${sandbox.url}/open-apis/approval/v4/tasks?topic=1`, { headers: { Authorization: `Bearer ${token}` } });
    return ((await res.json()) as { code: number }).code;
  };
  const scopeIn = (index: number) => new URL(opened[index]!).searchParams.get('scope')?.split(' ');
  return { secrets, settings: () => settings, account, listCode, opened, scopeIn, browser };
}

const grant = (feature: 'details' | 'act') => controller.handlers['auth:grant-scopes'](invokeRequestSchemas['auth:grant-scopes'].parse({ feature }));

describe('granting approval scopes from the app', () => {
  it('a first sign-in asks only for the base scopes; details then sign in again for theirs and turn on', async () => {
    const t = await setup();
    expect(t.scopeIn(0)).toEqual(['approval:approval:readonly', 'offline_access']);
    expect(t.account().grantedScopes).toEqual(['approval:approval:readonly', 'offline_access']);
    expect(await t.listCode()).toBe(99991679);
    expect((await controller.handlers['app:get-state'](undefined)).approvals.details).toEqual({ active: false, missingScopes: ['approval:task:read', 'approval:instance:read'] });

    const outcome = await grant('details');
    expect(outcome).toMatchObject({ ok: true, value: { approvals: { details: { active: true, missingScopes: [] } } } });
    expect(t.scopeIn(1)).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:instance:read']);
    expect(t.account().grantedScopes).toEqual(expect.arrayContaining(['approval:task:read', 'approval:instance:read']));
    expect(await t.listCode()).toBe(0);

    // Acting: the details' scopes are asked for again with the write scope; the setting goes on.
    const act = await grant('act');
    expect(act).toMatchObject({ ok: true, value: { approvals: { act: { active: true } } } });
    expect(t.scopeIn(2)).toEqual(['approval:approval:readonly', 'offline_access', 'approval:task:read', 'approval:instance:read', 'approval:task:write']);
    expect(t.settings().approvals.actFromApp).toBe(true);
    expect(JSON.stringify(t.settings())).not.toMatch(/sandbox-demo-secret|"u-|"ur-/);
  });

  it('a scope the tenant does not let users grant comes back scope-refused, naming it; the feature stays off', async () => {
    const t = await setup();
    await setAuthSettings(sandbox.url, { withheldScopes: ['approval:task:write'] }, sandbox.controlSecret);
    const outcome = await grant('act');
    expect(outcome).toMatchObject({ ok: false, kind: 'scope-refused', message: expect.stringContaining('approval:task:write') });
    expect(t.account().grantedScopes).toContain('approval:task:read');
    expect(t.account().grantedScopes).not.toContain('approval:task:write');
    expect(t.settings().approvals.actFromApp).toBe(false);
    const state = await controller.handlers['app:get-state'](undefined);
    expect(state.approvals.act).toEqual({ active: false, missingScopes: ['approval:task:write'] });
    // The tokens it did get are in use: the list works now.
    expect(await t.listCode()).toBe(0);
  });

  it('declining on the consent page is scope-refused and changes nothing', async () => {
    const t = await setup();
    const before = { account: t.account(), token: await t.secrets.get(t.account().id, 'access-token') };
    t.browser.next = 'decline';
    const outcome = await grant('details');
    expect(outcome).toMatchObject({ ok: false, kind: 'scope-refused', message: expect.stringMatching(/did not allow approval:task:read, approval:instance:read/) });
    expect(t.account()).toBe(before.account);
    expect(await t.secrets.get(t.account().id, 'access-token')).toBe(before.token);
    expect((await controller.handlers['app:get-state'](undefined)).demo).toBe(false);
  });

  it('an organisation\'s broker sign-in asks through the same broker, and no App Secret appears', async () => {
    const broker = await startTestBroker(sandbox.url);
    try {
      const t = await setup({ managed: { status: 'ok', path: '', config: { region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, brokerUrl: broker.url, callbackPort: await freePort() } } });
      expect(t.account().brokerUrl).toBe(broker.url);
      const grants = broker.log.length;
      expect(await grant('details')).toMatchObject({ ok: true, value: { approvals: { details: { active: true } } } });
      expect(broker.log.length).toBeGreaterThan(grants);
      expect(t.account().grantedScopes).toEqual(expect.arrayContaining(['approval:task:read', 'approval:instance:read']));
      expect(await t.secrets.get(t.account().id, 'app-secret')).toBeNull();
      expect(await t.listCode()).toBe(0);
    } finally {
      await broker.close();
    }
  });

  it('no account, a pasted token or app credentials cannot ask for more, and say why', async () => {
    const t = await setup();
    await controller.handlers['auth:sign-out'](undefined);
    expect(await grant('details')).toMatchObject({ ok: false, kind: 'rejected', message: expect.stringMatching(/Sign in/) });
    await controller.handlers['auth:sign-in'](invokeRequestSchemas['auth:sign-in'].parse({ mode: 'user-token', region: 'custom', baseUrl: sandbox.url, token: sandbox.demoToken }));
    expect(await grant('act')).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/pasted token/) });
    await controller.handlers['auth:sign-in'](
      invokeRequestSchemas['auth:sign-in'].parse({ mode: 'tenant', region: 'custom', baseUrl: sandbox.url, appId: SANDBOX_APP_ID, appSecret: SANDBOX_APP_SECRET, userId: sandbox.demoUserId }),
    );
    expect(await grant('details')).toMatchObject({ ok: false, kind: 'unsupported', message: expect.stringMatching(/App credentials have no user sign-in/) });
    expect(t.opened).toHaveLength(1);
  });
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
