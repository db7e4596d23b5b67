import { describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../electron/main/notification-adapter';
import { setWindowsAppUserModelId } from '../../../electron/main/windows-app-id';
import { fakeApp, fakeNotificationElectron } from '../../fakes/electron';

const log = () => ({ info: vi.fn(), warn: vi.fn(), error: vi.fn() });

describe('createNotifier', () => {
  it('shows the notification with its text and sound setting', () => {
    const electron = fakeNotificationElectron();
    createNotifier(electron, { log: log(), platform: 'darwin' }).show({ title: 'Expense claim', body: 'Travel · Li Lei', silent: true }, vi.fn());
    expect(electron.shown.map((n) => n.options)).toEqual([{ title: 'Expense claim', body: 'Travel · Li Lei', silent: true }]);
  });

  it('escapes & < > in the body on Linux, where libnotify reads markup', () => {
    const electron = fakeNotificationElectron();
    const body = 'Buy <b>R&D</b> kit · Li <Lei>';
    createNotifier(electron, { log: log(), platform: 'linux' }).show({ title: 'A <i>&', body, silent: false }, vi.fn());
    expect(electron.shown[0]?.options).toMatchObject({ title: 'A <i>&', body: 'Buy &lt;b&gt;R&amp;D&lt;/b&gt; kit · Li &lt;Lei&gt;' });
  });

  it.each(['darwin', 'win32'] as const)('shows the body as it is on %s', (platform) => {
    const electron = fakeNotificationElectron();
    createNotifier(electron, { log: log(), platform }).show({ title: 'A', body: 'R&D <x>', silent: false }, vi.fn());
    expect(electron.shown[0]?.options.body).toBe('R&D <x>');
  });

  it('runs the click callback exactly once, for the notification clicked', () => {
    const electron = fakeNotificationElectron();
    const notifier = createNotifier(electron, { log: log(), platform: 'darwin' });
    const first = vi.fn();
    const second = vi.fn();
    notifier.show({ title: 'A', body: '', silent: false }, first);
    notifier.show({ title: 'B', body: '', silent: false }, second);
    electron.shown[1]?.click();
    electron.shown[1]?.click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
  });

  it('shows nothing where notifications are unsupported, and says so in the log', () => {
    const electron = fakeNotificationElectron(false);
    const logger = log();
    createNotifier(electron, { log: logger, platform: 'darwin' }).show({ title: 'A', body: '', silent: false }, vi.fn());
    expect(electron.shown).toEqual([]);
    expect(logger.warn).toHaveBeenCalledWith('notifications are not supported on this system');
  });

  it('logs a notification that failed to show', () => {
    const electron = fakeNotificationElectron();
    const logger = log();
    createNotifier(electron, { log: logger, platform: 'darwin' }).show({ title: 'A', body: '', silent: false }, vi.fn());
    electron.shown[0]?.fail('toast blocked');
    expect(logger.warn).toHaveBeenCalledWith('notification failed to show', { error: 'toast blocked' });
  });
});

describe('notification buttons (issue #11: Open / Review)', () => {
  const request = { title: 'Expense', body: 'Amount: 1,200 CNY', silent: false, actions: [{ id: 'open' as const, label: 'Open' }, { id: 'review' as const, label: 'Review' }] };

  it.each(['darwin', 'win32'] as const)('are shown on %s, and pressing one says which (once)', (platform) => {
    const electron = fakeNotificationElectron();
    const onAction = vi.fn();
    const onClick = vi.fn();
    createNotifier(electron, { log: log(), platform }).show(request, onClick, onAction);
    expect(electron.shown[0]?.options.actions).toEqual([{ type: 'button', text: 'Open' }, { type: 'button', text: 'Review' }]);
    electron.shown[0]?.action(1);
    electron.shown[0]?.action(1);
    electron.shown[0]?.click();
    expect(onAction.mock.calls).toEqual([['review']]);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('are left out on Linux, where the click alone works as before', () => {
    const electron = fakeNotificationElectron();
    const onClick = vi.fn();
    createNotifier(electron, { log: log(), platform: 'linux' }).show(request, onClick, vi.fn());
    expect(electron.shown[0]?.options.actions).toBeUndefined();
    electron.shown[0]?.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('an unknown button index does nothing', () => {
    const electron = fakeNotificationElectron();
    const onAction = vi.fn();
    createNotifier(electron, { log: log(), platform: 'darwin' }).show(request, vi.fn(), onAction);
    electron.shown[0]?.action(7);
    expect(onAction).not.toHaveBeenCalled();
  });
});

describe('setWindowsAppUserModelId', () => {
  it('sets the packaged appId on Windows only', () => {
    const windows = fakeApp();
    setWindowsAppUserModelId(windows, 'win32');
    expect(windows.calls).toEqual([{ method: 'setAppUserModelId', args: ['com.approvaltray.app'] }]);
    const mac = fakeApp();
    setWindowsAppUserModelId(mac, 'darwin');
    expect(mac.calls).toEqual([]);
  });
});
