import { describe, expect, it } from 'vitest';
import { createUpdateController } from '../../../electron/update/update-controller';
import type { UpdaterEvent, UpdaterPort } from '../../../electron/update/updater-port';
import { CHECK_INTERVAL_MS, FIRST_CHECK_DELAY_MS } from '../../../shared/update/update-schedule';

// The controller's rules with a scripted updater: no check offline or asleep, one a day, and a
// restart only on the user's word and never with an approval action in flight.

function scripted(answer: UpdaterEvent[]) {
  let listener: (event: UpdaterEvent) => void = () => undefined;
  const port: UpdaterPort & { checks: number; installs: number } = {
    checks: 0,
    installs: 0,
    async check() {
      port.checks++;
      answer.forEach((event) => listener(event));
    },
    quitAndInstall() {
      port.installs++;
    },
    onEvent: (l) => void (listener = l),
  };
  return port;
}

function harness(answer: UpdaterEvent[], options: { online?: () => boolean; pending?: () => number } = {}) {
  let now = 0;
  let timers: { fn: () => void; at: number }[] = [];
  const updater = scripted(answer);
  const controller = createUpdateController({
    updater,
    offReason: 'no-feed',
    clock: { now: () => now, setTimer: (fn, ms) => (timers.push({ fn, at: now + ms }), timers.length), clearTimer: () => (timers = []) },
    online: options.online ?? (() => true),
    pendingActions: options.pending ?? (() => 0),
    log: { info: () => undefined, warn: () => undefined },
    onChange: () => undefined,
  });
  const runUntil = async (at: number) => {
    while (timers.length && timers[0]!.at <= at) {
      const next = timers.shift()!;
      now = next.at;
      next.fn();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    now = at;
  };
  return { controller, updater, runUntil };
}

describe('update controller', () => {
  it('checks a minute after start and then once a day, never while offline', async () => {
    let online = false;
    const run = harness([{ type: 'not-available' }], { online: () => online });
    run.controller.start();
    await run.runUntil(FIRST_CHECK_DELAY_MS + 3 * 3_600_000);
    expect(run.updater.checks).toBe(0); // offline all along
    online = true; // within a quarter of an hour it looks
    const back = FIRST_CHECK_DELAY_MS + 3 * 3_600_000;
    await run.runUntil(back + 15 * 60_000);
    expect(run.updater.checks).toBe(1);
    await run.runUntil(back + CHECK_INTERVAL_MS - 60_000);
    expect(run.updater.checks).toBe(1);
    await run.runUntil(back + 15 * 60_000 + CHECK_INTERVAL_MS);
    expect(run.updater.checks).toBe(2);
    run.controller.stop();
  });

  it('does not check while the machine sleeps', async () => {
    const run = harness([{ type: 'not-available' }]);
    run.controller.start();
    run.controller.power('suspend');
    await run.runUntil(3 * 3_600_000);
    expect(run.updater.checks).toBe(0);
    run.controller.power('resume');
    await run.runUntil(5 * 3_600_000);
    expect(run.updater.checks).toBe(1);
    run.controller.stop();
  });

  it('never installs by itself; the user\'s restart waits for a pending approval action', async () => {
    let pending = 1;
    const run = harness([{ type: 'available', version: '1.2.3' }, { type: 'downloaded', version: '1.2.3', releaseNotes: null }], { pending: () => pending });
    run.controller.start();
    await run.runUntil(10 * CHECK_INTERVAL_MS);
    expect(run.controller.state()).toEqual({ kind: 'ready', version: '1.2.3', releaseNotes: null });
    expect(run.updater.checks).toBe(1); // nothing more to look for while an update waits
    expect(run.updater.installs).toBe(0);
    expect(run.controller.restart()).toMatchObject({ ok: false, kind: 'action-pending' });
    pending = 0;
    expect(run.controller.restart()).toEqual({ ok: true, value: undefined });
    expect(run.updater.installs).toBe(1);
    run.controller.stop();
  });
});
