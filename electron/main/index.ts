import { BrowserWindow, Menu, Notification, Tray, app, clipboard, dialog, globalShortcut, ipcMain, nativeImage, nativeTheme, net, powerMonitor, protocol, screen, shell } from 'electron';
import log from 'electron-log/main';
import Store from 'electron-store';
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { createAllowedLinkHosts } from '../app/allowed-link-hosts';
import { createAppController } from '../app/app-controller';
import { defaultCliStateDir } from '../auth/cli-auth-context';
import { createAvatarRelay, withAvatarViews } from '../app/avatar-relay';
import type { AppController } from '../app/app-controller';
import { detectKeychain } from '../keychain/detect-keychain';
import { createKeytarSecretStore } from '../keychain/keytar-secret-store';
import { createMemorySecretStore } from '../keychain/memory-secret-store';
import { readManagedConfig } from '../managed/read-managed-config';
import { linkContextFor } from '../../shared/links/link-context';
import { signInHostPrompt } from '../../shared/links/link-prompts';
import { resolveLanguage } from '../../shared/settings/resolve-language';
import type { Settings } from '../../shared/settings/settings';
import type { TopicCode } from '../../shared/tasks/topic';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createClipboard } from './clipboard-adapter';
import { createConfirmDialog } from './dialog-adapter';
import { createExternalOpener } from './external-opener';
import { createGlobalShortcut } from './global-shortcut';
import { isTrustedSender, registerIpcHandlers } from './ipc-adapter';
import { createLogger } from './logger';
import { createLoginItem } from './login-item';
import { createMainWindow } from './main-window';
import { createNotifier } from './notification-adapter';
import { createPlatformBadge } from './platform-badge';
import { watchPower } from './power-adapter';
import { openSettingsStore } from './settings-store';
import { createTrayAdapter } from './tray-adapter';
import { setWindowsAppUserModelId } from './windows-app-id';
import { createAboutSource } from './about-adapter';
import { createUpdater } from './updater-adapter';
import { createSupportHandlers } from '../app/support-handlers';
import { trayWithUpdateItem } from '../app/update-tray';
import { appDiagnosticsFacts } from '../diagnostics/app-diagnostics-facts';
import { createUpdateController } from '../update/update-controller';

// The composition root: builds each adapter around its Electron API and hands them to the
// controller (electron/app) and core (shared/app), where every decision lives. No logic here.

/** out/main: the built renderer and preload sit beside it (main is an ES module: no __dirname). */
const here = dirname(fileURLToPath(import.meta.url));

setWindowsAppUserModelId(app, process.platform);
registerAppScheme(protocol);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // The tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined);
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  const logger = createLogger(log);
  const platform = process.platform;
  handleAppProtocol(protocol, { rendererDir: join(here, '../renderer'), readFile: (path) => readFile(path) });
  const opened = openSettingsStore(Store, { cwd: app.getPath('userData'), now: Date.now, log: logger });
  const keytar = createKeytarSecretStore();
  const keychain = await detectKeychain(keytar);
  if (!keychain.available) logger.warn(`keychain unavailable; this session's sign-in stays in memory only: ${keychain.message ?? ''}`);
  const managed = await readManagedConfig();
  if (managed.status === 'invalid') logger.error(`managed configuration invalid (shown in settings): ${managed.message}`);
  const locale = () => resolveLanguage(opened.store.get().language, app.getPreferredSystemLanguages());
  const loginItem = createLoginItem(app, { platform, execPath: process.env.APPIMAGE ?? process.execPath, autostartDir: join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'autostart') });

  let controller: AppController | null = null;
  let visibleTopic: TopicCode = '1';
  // Updates (electron/update): off without a packaged feed; "Restart to update" in tray and About.
  const logFile = log.transports.file.getFile().path;
  const updaterSetup = await createUpdater(app, process.resourcesPath, logger);
  const updates = createUpdateController({
    ...updaterSetup,
    clock: { now: Date.now, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout) },
    online: () => net.isOnline(),
    pendingActions: () => 0, // the app sends no approval actions yet; the CLI's do not restart it
    log: logger,
    onChange: () => {
      updateTray.redraw();
      window.send('about:changed', about());
    },
  });
  const tray = createTrayAdapter<Electron.Menu, Electron.NativeImage>({ Tray, Menu, nativeImage }, { platform, zlib: deflateSync, onEvent: (event) => (event.kind === 'action' && event.action === 'restart-to-update' ? void updates.restart() : controller?.core().trayEvent(event)), onToggleWindow: () => (window.isVisible() ? window.hide() : showWindow()) });
  const window = createMainWindow({ BrowserWindow, screen }, { preloadPath: join(here, '../preload/index.cjs'), platform, getTrayBounds: () => tray.getBounds(), log: logger });
  const showWindow = () => {
    window.show();
    badge.reapply();
    controller?.core().windowShown(visibleTopic);
  };
  const updateTray = trayWithUpdateItem(tray, () => updates.state(), () => (locale() === 'zh' ? 'zh' : 'en'));
  const about = createAboutSource(app, { versions: process.versions, logFile, update: () => updates.state(), feed: updaterSetup.feed });
  const badge = createPlatformBadge({ app, nativeImage }, { platform, getWindow: () => BrowserWindow.getAllWindows()[0] ?? null, log: logger });
  const notifier = createNotifier({ Notification }, { log: logger, platform });
  const avatars = createAvatarRelay({ fetch: (url, init) => net.fetch(url, init), renderer: window, log: logger });
  const confirm = createConfirmDialog(dialog);
  const linkHosts = createAllowedLinkHosts({ settings: opened.store, renderer: window });
  const opener = createExternalOpener({ shell, confirm, context: () => linkContextFor(opened.store.get(), managed.status === 'ok' ? (managed.config.trustedHosts ?? []) : []), allowHost: linkHosts.allow, language: locale, log: logger });
  const shortcut = createGlobalShortcut({ globalShortcut }, { onPressed: () => (window.isVisible() ? window.hide() : showWindow()), log: logger });
  const applySettings = (next: Settings, previous: Settings | null) => {
    nativeTheme.themeSource = next.theme;
    // Re-registered on change; a conflict (another app holds the keys) is shown in settings.
    if (next.globalShortcut !== previous?.globalShortcut || previous === null) window.send('settings:shortcut-status', shortcut.apply(next.globalShortcut));
    if (next.launchAtLogin !== previous?.launchAtLogin) void loginItem.setEnabled(next.launchAtLogin).catch((error: unknown) => logger.error('launch at login', error));
  };

  controller = createAppController({
    settings: opened.store,
    secrets: keychain.available ? keytar : createMemorySecretStore(),
    keychain,
    fetch: (url, init) => net.fetch(url, init),
    stateDir: join(app.getPath('userData'), 'state'),
    refreshLockDir: defaultCliStateDir(process.env),
    core: {
      clock: { now: Date.now, setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout) },
      random: Math.random,
      createAbortController: () => new AbortController(),
      locale,
      utcOffsetMinutes: () => -new Date().getTimezoneOffset(),
      notifier,
      renderer: avatars.renderer,
      opener,
      clipboard: createClipboard(clipboard),
      window: { show: showWindow, isVisible: () => window.isVisible() },
      tray: updateTray,
      badge,
      log: logger,
      showSettings: () => {
        showWindow();
        window.send('nav:show-settings', undefined);
      },
      quit: () => app.quit(),
    },
    openSignInPage: (url, accountsBase) => opener.openSignInPage(url, accountsBase),
    confirmSignInHost: (host) => confirm.confirm(signInHostPrompt(host, locale())),
    hideWindow: () => window.hide(),
    applySettings,
    managed,
    support: createSupportHandlers({
      about,
      openPath: (path) => shell.openPath(path),
      diagnosticsFacts: () =>
        appDiagnosticsFacts({ version: app.getVersion(), versions: process.versions, state: () => controller!.core().getState(), probeKeychain: () => detectKeychain(keytar), logFile, notificationsSupported: Notification.isSupported(), now: Date.now }),
      copyText: (text) => clipboard.writeText(text),
      restartToUpdate: () => updates.restart(),
      log: logger,
    }),
    shortcutStatus: shortcut.status,
  });
  const handlers = withAvatarViews(controller.handlers, avatars);
  registerIpcHandlers(ipcMain, { ...handlers, 'tasks:get-topic': (request) => ((visibleTopic = request.topic), handlers['tasks:get-topic'](request)) }, isTrustedSender, logger);
  const core = () => controller?.core();
  watchPower(
    { powerMonitor, net },
    {
      onSuspend: () => (core()?.power('suspend'), updates.power('suspend')),
      onResume: () => (core()?.power('resume'), updates.power('resume')),
      onUnlockScreen: () => core()?.power('unlock'),
      onOnline: () => (core()?.power('online'), updates.power('online')),
    },
    { setInterval, clearInterval },
  );
  app.on('second-instance', showWindow);
  // Quit waits (briefly) until what was announced is saved, so a restart never repeats it.
  let savedForQuit = false;
  app.on('will-quit', () => shortcut.dispose());
  app.on('before-quit', (event) => {
    window.allowClose();
    if (savedForQuit) return;
    event.preventDefault();
    savedForQuit = true;
    updates.stop();
    const shutdown = controller?.shutdown() ?? Promise.resolve();
    void Promise.race([shutdown, new Promise((resolve) => setTimeout(resolve, 3000))]).finally(() => app.quit());
  });

  applySettings(opened.settings, null);
  await controller.start();
  updates.start();
  if (opened.repairNotice) notifier.show({ title: 'Approval Tray', body: opened.repairNotice, silent: true }, showWindow);
  // Launched at login: stay in the tray. Launched by hand: show the window once.
  if (!process.argv.includes('--hidden')) showWindow();
}
