import { describe, expect, it } from 'vitest';
import { buildDiagnostics, LOG_LINES_KEPT } from '../../../shared/diagnostics/build-diagnostics';
import type { DiagnosticsFacts } from '../../../shared/diagnostics/diagnostics-facts';
import { errorKindsLastDay } from '../../../shared/diagnostics/error-kinds';
import { formatDiagnostics } from '../../../shared/diagnostics/format-diagnostics';
import { PLANTED, PLANTED_VALUES, plantedLogLines } from '../../support/planted-secrets';

const NOW = new Date(2026, 11, 2, 12, 0, 0).getTime();

function facts(overrides: Partial<DiagnosticsFacts> = {}): DiagnosticsFacts {
  return {
    now: NOW,
    source: 'app',
    version: '1.2.3',
    runtime: { electron: '41.7.1', chrome: '146.0.0.0', node: '24.0.0' },
    os: { platform: 'linux', release: '6.1.0', arch: 'x64' },
    keychain: { backend: 'Secret Service (libsecret)', available: true },
    account: { region: 'feishu', baseUrl: 'https://open.feishu.cn', mode: 'oauth' },
    poll: { kind: 'offline', lastSuccessAt: NOW - 60_000, reason: 'network' },
    calls: { thisMonth: 750, monthlyBudget: 3000 },
    notifications: 'supported',
    log: { path: '/home/u/.config/Approval Tray/logs/main.log', lines: [] },
    ...overrides,
  };
}

describe('diagnostics report', () => {
  it('shows version, runtime, OS, keychain, account host, last poll, budget use and notifications', () => {
    const report = buildDiagnostics(facts());
    const text = formatDiagnostics(report);
    expect(text).toContain('Version:        1.2.3 (Electron 41.7.1, Chromium 146.0.0.0, Node 24.0.0)');
    expect(text).toContain('Keychain:       Secret Service (libsecret), answers');
    expect(text).toContain('Account:        feishu https://open.feishu.cn (oauth)');
    expect(text).toMatch(/Last poll: +offline \(network\), last success 2026-/);
    expect(text).toContain('API calls:      750 this month of a 3000 budget (25%)');
    expect(text).toContain('Notifications:  supported');
    expect(report.calls.percentUsed).toBe(25);
  });

  it('keeps only scheme and host of the base URL, and no field it was not told to copy', () => {
    const account = { region: 'custom', baseUrl: `https://me:${PLANTED.basicAuth}@feishu.corp.example/open?access_token=${PLANTED.accessToken}`, mode: 'tenant', appSecret: PLANTED.appSecret } as DiagnosticsFacts['account'];
    const report = buildDiagnostics(facts({ account }));
    expect(report.account).toEqual({ region: 'custom', baseHost: 'https://feishu.corp.example', mode: 'tenant', needsSignIn: false });
    const json = JSON.stringify(report);
    for (const secret of PLANTED_VALUES) expect(json).not.toContain(secret);
  });

  it('keeps the last 200 log lines, redacted, and says when a keychain does not answer', () => {
    const lines = [...Array.from({ length: 300 }, (_, i) => `line ${i}`), ...plantedLogLines(new Date(NOW - 1000))];
    const report = buildDiagnostics(facts({ log: { path: null, lines }, keychain: { backend: 'Secret Service', available: false, message: `dbus said Bearer ${PLANTED.bearerOpaque}` } }));
    expect(report.log.lines).toHaveLength(LOG_LINES_KEPT);
    expect(report.log.lines.at(-1)).toMatch(/basic authorization=\[REDACTED\]/);
    const text = formatDiagnostics(report);
    expect(text).toContain('DOES NOT ANSWER: dbus said Bearer [REDACTED]');
    for (const secret of PLANTED_VALUES) {
      expect(text).not.toContain(secret);
      expect(JSON.stringify(report)).not.toContain(secret);
    }
  });

  it('counts the error kinds the app logged in the last day only', () => {
    const line = (at: number, kind: string) => {
      const d = new Date(at);
      const p = (n: number) => String(n).padStart(2, '0');
      return `[${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.004] [warn]  fetching topic 1 failed: ${kind} {"kind":"${kind}"}`;
    };
    const lines = [line(NOW - 2 * 86_400_000, 'server'), line(NOW - 3_600_000, 'network'), line(NOW - 60_000, 'network'), line(NOW - 5_000, 'rate-limited'), line(NOW - 1_000, 'not-a-kind'), 'no time failed: network'];
    expect(errorKindsLastDay(lines, NOW)).toEqual({ network: 2, 'rate-limited': 1 });
    expect(formatDiagnostics(buildDiagnostics(facts({ log: { path: null, lines } })))).toContain('Errors (24 h):  network ×2, rate-limited ×1');
  });
});
