import type { DiagnosticsReport } from './build-diagnostics';

// The report as text, for the clipboard and `approval-tray doctor`. Every value was redacted
// when the report was built; this only lays it out.

export function formatDiagnostics(report: DiagnosticsReport): string {
  const runtime = [
    report.runtime.electron && `Electron ${report.runtime.electron}`,
    report.runtime.chrome && `Chromium ${report.runtime.chrome}`,
    report.runtime.node && `Node ${report.runtime.node}`,
  ].filter(Boolean);
  const kinds = Object.entries(report.errorKindsLastDay).map(([kind, count]) => `${kind} ×${count}`);
  const calls = report.calls;
  const lines = [
    `Approval Tray diagnostics (${report.source === 'app' ? 'from the app' : 'from approval-tray doctor'}, ${report.generatedAt})`,
    `Version:        ${report.version}${runtime.length ? ` (${runtime.join(', ')})` : ''}`,
    `OS:             ${report.os.platform} ${report.os.release} ${report.os.arch}`,
    `Keychain:       ${report.keychain.backend}, ${report.keychain.answers ? 'answers' : `DOES NOT ANSWER: ${report.keychain.problem ?? 'no reason given'}`}`,
    `Account:        ${report.account ? `${report.account.region} ${report.account.baseHost} (${report.account.mode})${report.account.needsSignIn ? ', SIGN IN AGAIN' : ''}` : 'not signed in'}`,
    `Last poll:      ${report.lastPoll ? `${report.lastPoll.status}${report.lastPoll.reason ? ` (${report.lastPoll.reason})` : ''}, last success ${report.lastPoll.lastSuccessAt ?? 'never'}` : 'not known here (the app reports it: Settings → About → Copy diagnostics)'}`,
    `Errors (24 h):  ${kinds.length ? kinds.join(', ') : 'none logged'}`,
    `API calls:      ${calls.thisMonth ?? 'unknown'} this month${calls.monthlyBudget ? ` of a ${calls.monthlyBudget} budget (${calls.percentUsed ?? '?'}%)` : ''}`,
    `Notifications:  ${report.notifications ?? 'not reported by the OS here'}`,
    `Log file:       ${report.log.path ?? 'unknown'}${report.log.problem ? ` (${report.log.problem})` : ''}`,
    '',
    `Last ${report.log.lines.length} log lines (redacted):`,
    ...report.log.lines,
  ];
  return lines.join('\n');
}
