import { describe, expect, it } from 'vitest';
import { presentTray } from '../../../shared/tray/tray-presentation';
import { withUpdateItem } from '../../../shared/update/update-menu';

const menu = presentTray({
  poller: { kind: 'idle', lastSuccessAt: 1000 },
  todoCount: { total: 0, capped: false },
  newestTodo: [],
  newCount: 0,
  account: { configured: true, needsSignIn: false },
  demo: false,
  now: 2000,
  utcOffsetMinutes: 0,
  locale: 'en',
}).menu;

describe('Restart to update in the tray menu', () => {
  it('appears just above Settings once an update is downloaded, in the user\'s language', () => {
    const ready = withUpdateItem(menu, { kind: 'ready', version: '1.2.3', releaseNotes: null }, 'en');
    const settingsAt = ready.findIndex((item) => item.kind === 'action' && item.action === 'settings');
    expect(ready[settingsAt - 1]).toEqual({ kind: 'action', action: 'restart-to-update', text: 'Restart to update to 1.2.3', enabled: true });
    expect(ready).toHaveLength(menu.length + 1);
    expect(withUpdateItem(menu, { kind: 'ready', version: '1.2.3', releaseNotes: null }, 'zh').some((item) => item.kind === 'action' && item.text === '重启以更新到 1.2.3')).toBe(true);
  });

  it('is absent while nothing is ready', () => {
    expect(withUpdateItem(menu, { kind: 'downloading', version: '1.2.3', percent: 50 }, 'en')).toEqual(menu);
    expect(withUpdateItem(menu, { kind: 'off', reason: 'no-feed' }, 'en')).toEqual(menu);
  });
});
