import type { Outcome } from '../../shared/ipc/contract';
import type { ClockPort } from '../../shared/poller/clock-port';
import { checkDecision, nextCheckAt, restartDecision } from '../../shared/update/update-schedule';
import type { UpdateState } from '../../shared/update/update-state';
import type { UpdaterPort } from './updater-port';

// Runs the updater by the rules in shared/update/update-schedule.ts: checks when due, keeps the
// state About and the tray menu show, logs every outcome in one clear line, and restarts only
// when the user asks. Plain Node: main hands in electron-updater (or null when no feed).

const MAX_TIMER_MS = 60 * 60 * 1000; // re-evaluate at least hourly: sleep and clock jumps happen
/** Due but held back (offline, asleep, an update waiting): look again this much later. */
const HELD_BACK_MS = 15 * 60 * 1000;

export interface UpdateControllerDeps {
  /** Null when the updater is off (no feed packaged, or a development run). */
  updater: UpdaterPort | null;
  offReason: 'no-feed' | 'not-packaged';
  clock: ClockPort;
  online(): boolean;
  /** Approval actions in flight; a restart waits for them. */
  pendingActions(): number;
  log: { info(message: string): void; warn(message: string): void };
  onChange(state: UpdateState): void;
}

export interface UpdateController {
  state(): UpdateState;
  start(): void;
  stop(): void;
  power(event: 'suspend' | 'resume' | 'online'): void;
  restart(): Outcome;
}

export function createUpdateController(deps: UpdateControllerDeps): UpdateController {
  const { updater, clock, log } = deps;
  const startedAt = clock.now();
  let state: UpdateState = updater ? { kind: 'idle', lastCheckAt: null } : { kind: 'off', reason: deps.offReason };
  let lastCheckAt: number | null = null;
  let lastFailureAt: number | null = null;
  let asleep = false;
  let timer: unknown = null;
  let stopped = true;

  const set = (next: UpdateState) => {
    state = next;
    deps.onChange(next);
  };

  const fail = (message: string) => {
    lastFailureAt = clock.now();
    const retryAt = nextCheckAt({ startedAt, lastCheckAt, lastFailureAt });
    log.warn(`update failed: ${message}; any partial or unverified download was discarded and the running version keeps working; next try ${new Date(retryAt).toISOString()}`);
    set({ kind: 'failed', message, retryAt });
  };

  updater?.onEvent((event) => {
    switch (event.type) {
      case 'available':
        log.info(`update ${event.version} found; downloading in the background`);
        set({ kind: 'downloading', version: event.version, percent: 0 });
        break;
      case 'progress':
        if (state.kind === 'downloading') set({ ...state, percent: Math.max(0, Math.min(100, Math.round(event.percent))) });
        break;
      case 'not-available':
        lastCheckAt = clock.now();
        log.info('update check: this is the newest version');
        set({ kind: 'idle', lastCheckAt });
        break;
      case 'downloaded':
        lastCheckAt = clock.now();
        log.info(`update ${event.version} downloaded and its sha512 verified; offered as "Restart to update"`);
        set({ kind: 'ready', version: event.version, releaseNotes: event.releaseNotes });
        break;
      case 'error':
        if (state.kind === 'checking' || state.kind === 'downloading') fail(event.message);
        break;
    }
  });

  async function tick() {
    timer = null;
    if (stopped || !updater) return;
    const decision = checkDecision({ now: clock.now(), state, online: deps.online(), asleep, startedAt, lastCheckAt, lastFailureAt });
    if (decision.check) {
      set({ kind: 'checking' });
      await updater.check().catch((error: unknown) => {
        // electron-updater both emits 'error' and rejects; the first one wins.
        if (state.kind === 'checking' || state.kind === 'downloading') fail(error instanceof Error ? error.message : String(error));
      });
      if (state.kind === 'checking') fail('the check ended without an answer');
    }
    schedule();
  }

  function schedule() {
    if (stopped || !updater || timer !== null) return;
    const untilDue = nextCheckAt({ startedAt, lastCheckAt, lastFailureAt }) - clock.now();
    const wait = untilDue > 0 ? Math.min(MAX_TIMER_MS, untilDue) : HELD_BACK_MS;
    timer = clock.setTimer(() => void tick(), wait);
  }

  return {
    state: () => state,
    start() {
      if (!updater) {
        log.info(`updates are off: ${deps.offReason === 'no-feed' ? 'no update feed was configured when this build was packaged' : 'a development run'}`);
        return;
      }
      stopped = false;
      schedule();
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimer(timer);
      timer = null;
    },
    power(event) {
      if (event === 'suspend') asleep = true;
      else asleep = false;
      if (event !== 'suspend' && timer !== null) {
        clock.clearTimer(timer);
        timer = null;
        schedule();
      }
    },
    restart() {
      const decision = restartDecision({ state, pendingActions: deps.pendingActions() });
      if (decision.restart && updater) {
        log.info(`restarting to install update ${state.kind === 'ready' ? state.version : ''} (the user asked)`);
        updater.quitAndInstall();
        return { ok: true, value: undefined };
      }
      const message = decision.restart ? 'updates are off' : decision.reason === 'action-pending' ? 'An approval action is still being sent; try again in a moment.' : 'No update is ready yet.';
      return { ok: false, message, kind: decision.restart ? 'off' : decision.reason };
    },
  };
}
