import { redactText } from '../logging/redact';
import type { DiagnosticsFacts } from './diagnostics-facts';
import { errorKindsLastDay } from './error-kinds';

// The report a user hands to whoever helps them (`approval-tray doctor --json`, "Copy
// diagnostics"). Built field by field from the facts — never by spreading an object in, so a
// secret that rides along in a fact has no way into the report — and every string copied passes
// through the one redactor (shared/logging/redact.ts).

export const LOG_LINES_KEPT = 200;

export interface DiagnosticsReport {
  generatedAt: string;
  source: 'app' | 'cli';
  version: string;
  runtime: { electron: string | null; chrome: string | null; node: string | null };
  os: { platform: string; release: string; arch: string };
  keychain: { backend: string; answers: boolean; problem: string | null };
  account: { region: string; baseHost: string; mode: string; needsSignIn: boolean } | null;
  lastPoll: { status: string; lastSuccessAt: string | null; reason: string | null } | null;
  errorKindsLastDay: Record<string, number>;
  calls: { thisMonth: number | null; monthlyBudget: number | null; percentUsed: number | null };
  notifications: string | null;
  log: { path: string | null; problem: string | null; lines: string[] };
}

export function buildDiagnostics(facts: DiagnosticsFacts): DiagnosticsReport {
  const text = (value: string) => redactText(value);
  const optional = (value: string | undefined | null) => (value === undefined || value === null ? null : text(value));
  const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
  const { thisMonth, monthlyBudget } = facts.calls;
  const lines = facts.log.lines.slice(-LOG_LINES_KEPT).map(text);
  return {
    generatedAt: iso(facts.now) ?? '',
    source: facts.source,
    version: text(facts.version),
    runtime: { electron: optional(facts.runtime.electron), chrome: optional(facts.runtime.chrome), node: optional(facts.runtime.node) },
    os: { platform: text(facts.os.platform), release: text(facts.os.release), arch: text(facts.os.arch) },
    keychain: { backend: text(facts.keychain.backend), answers: facts.keychain.available, problem: optional(facts.keychain.message) },
    account: facts.account && {
      region: text(facts.account.region),
      baseHost: baseHost(facts.account.baseUrl),
      mode: text(facts.account.mode),
      needsSignIn: facts.account.needsSignIn === true,
    },
    lastPoll: facts.poll && { status: text(facts.poll.kind), lastSuccessAt: iso(facts.poll.lastSuccessAt), reason: optional(facts.poll.reason) },
    errorKindsLastDay: errorKindsLastDay(facts.log.lines, facts.now),
    calls: {
      thisMonth,
      monthlyBudget,
      percentUsed: thisMonth !== null && monthlyBudget ? Math.round((thisMonth / monthlyBudget) * 100) : null,
    },
    notifications: optional(facts.notifications),
    log: { path: optional(facts.log.path), problem: optional(facts.log.error), lines },
  };
}

/** Scheme and host only: a base URL with a path, user info or query keeps none of it. */
function baseHost(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.protocol}//${url.host}`;
  } catch {
    return 'not a URL';
  }
}
