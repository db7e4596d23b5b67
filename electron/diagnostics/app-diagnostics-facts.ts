import { arch, release } from 'node:os';
import type { DiagnosticsFacts } from '../../shared/diagnostics/diagnostics-facts';
import type { AppState } from '../../shared/ipc/view-types';
import type { KeychainStatus } from '../keychain/detect-keychain';
import { readLogTail } from './read-log-tail';

// The facts of "Copy diagnostics" in the running app: what the core knows (account, poller,
// call budget) plus a fresh keychain probe and the log file's end. Secret-free by construction
// (AppState has no place for a secret); build-diagnostics.ts redacts anyway.

export interface AppDiagnosticsSources {
  version: string;
  versions: { electron?: string; chrome?: string; node?: string };
  state(): AppState;
  probeKeychain(): Promise<KeychainStatus>;
  logFile: string;
  /** Electron says only whether notifications are supported, not whether they are allowed. */
  notificationsSupported: boolean;
  now(): number;
}

export async function appDiagnosticsFacts(sources: AppDiagnosticsSources): Promise<DiagnosticsFacts> {
  const state = sources.state();
  const [keychain, log] = await Promise.all([sources.probeKeychain(), readLogTail(sources.logFile)]);
  const poller = state.poller;
  return {
    now: sources.now(),
    source: 'app',
    version: sources.version,
    runtime: { electron: sources.versions.electron, chrome: sources.versions.chrome, node: sources.versions.node },
    os: { platform: process.platform, release: release(), arch: arch() },
    keychain,
    account: state.account,
    poll: { kind: poller.kind, lastSuccessAt: poller.lastSuccessAt, reason: poller.kind === 'stopped' ? poller.reason : poller.kind === 'offline' ? poller.message : undefined },
    calls: { thisMonth: state.quota.callsThisMonth, monthlyBudget: state.quota.monthlyBudget },
    notifications: sources.notificationsSupported ? 'supported (the OS does not tell apps whether they are allowed)' : 'not supported on this system',
    log: { path: sources.logFile, lines: log.lines, error: log.error },
  };
}
