import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSupportHandlers } from '../../../electron/app/support-handlers';
import type { SupportDeps } from '../../../electron/app/support-handlers';
import { appDiagnosticsFacts } from '../../../electron/diagnostics/app-diagnostics-facts';
import type { AboutView } from '../../../shared/about/about-view';
import { invokeRequestSchemas } from '../../../shared/ipc/request-schemas';
import type { AppState } from '../../../shared/ipc/view-types';
import { PLANTED, PLANTED_VALUES, plantedLogLines } from '../../support/planted-secrets';

// Settings → About's channels as main answers them: "Copy diagnostics" puts a redacted report on
// the clipboard (the renderer gets only ok), folders open by name.

const ABOUT: AboutView = { version: '1.1.0', electron: '41.7.1', chromium: '146.0.0.0', update: { kind: 'idle', lastCheckAt: null }, feed: null, dataFolder: '/data/Approval Tray', logFolder: '/data/Approval Tray/logs', licences: [] };

function appState(): AppState {
  const account = { id: 'feishu:cli_a1:ou_1', region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth', userId: 'ou_1', userIdType: 'open_id', needsSignIn: false, callbackPort: 47321, appSecret: PLANTED.appSecret } as AppState['account'];
  return {
    demo: false,
    account,
    poller: { kind: 'offline', lastSuccessAt: Date.now() - 600_000, retryAt: Date.now() + 60_000, message: `network down (Authorization: Bearer ${PLANTED.bearerOpaque})` },
    counts: {},
    quota: { callsThisMonth: 1500, monthlyBudget: 3000 },
    approvals: { details: { active: false, missingScopes: [] }, act: { active: false, missingScopes: [] } },
    keychain: { available: true },
  };
}

async function handlers(overrides: Partial<SupportDeps> = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'approval-tray-support-'));
  const logFile = join(dir, 'main.log');
  await writeFile(logFile, `${plantedLogLines(new Date()).join('\n')}\n`);
  const clipboard: string[] = [];
  const opened: string[] = [];
  const deps: SupportDeps = {
    about: () => ABOUT,
    openPath: async (path) => (opened.push(path), ''),
    diagnosticsFacts: () =>
      appDiagnosticsFacts({
        version: '1.1.0',
        versions: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.1.0' },
        state: appState,
        probeKeychain: async () => ({ available: true, backend: 'Secret Service (libsecret)' }),
        logFile,
        notificationsSupported: true,
        now: Date.now,
      }),
    copyText: (text) => void clipboard.push(text),
    restartToUpdate: () => ({ ok: false, message: 'No update is ready yet.' }),
    log: { info: () => undefined, warn: () => undefined },
    ...overrides,
  };
  return { api: createSupportHandlers(deps), clipboard, opened };
}

describe('Copy diagnostics and About in main', () => {
  it('copies a report with what only the app knows, and no secret from log, state or environment', async () => {
    process.env.FEISHU_APP_SECRET = PLANTED.envSecret;
    const { api, clipboard } = await handlers();
    const outcome = await api['diagnostics:copy']();
    expect(outcome).toEqual({ ok: true, value: undefined }); // the window learns nothing else
    expect(clipboard).toHaveLength(1);
    const text = clipboard[0]!;
    expect(text).toContain('from the app');
    expect(text).toContain('Version:        1.1.0 (Electron 41.7.1, Chromium 146.0.0.0, Node 24.1.0)');
    expect(text).toMatch(/Last poll: +offline \(network down \(Authorization: \[REDACTED\]/);
    expect(text).toContain('API calls:      1500 this month of a 3000 budget (50%)');
    expect(text).toContain('Notifications:  supported');
    expect(text).toContain('Account:        feishu https://open.feishu.cn (oauth)');
    for (const secret of PLANTED_VALUES) expect(text).not.toContain(secret);
    delete process.env.FEISHU_APP_SECRET;
  });

  it('says why when the report cannot be built, without throwing at the window', async () => {
    const { api, clipboard } = await handlers({ diagnosticsFacts: () => Promise.reject(new Error('the app is still starting')) });
    expect(await api['diagnostics:copy']()).toEqual({ ok: false, message: 'the app is still starting' });
    expect(clipboard).toEqual([]);
  });

  it('opens the data or log folder that main knows; a path from the window is refused by the schema', async () => {
    const { api, opened } = await handlers();
    expect(await api['about:open-folder']({ folder: 'logs' })).toEqual({ ok: true, value: undefined });
    expect(await api['about:open-folder']({ folder: 'data' })).toEqual({ ok: true, value: undefined });
    expect(opened).toEqual(['/data/Approval Tray/logs', '/data/Approval Tray']);
    expect(invokeRequestSchemas['about:open-folder'].safeParse({ folder: '/etc' }).success).toBe(false);
    const failing = await handlers({ openPath: async () => 'Failed to open path' });
    expect(await failing.api['about:open-folder']({ folder: 'data' })).toEqual({ ok: false, message: 'Failed to open path' });
  });
});
