import type { CommandHelp } from './command-help';

export const doctorHelp: CommandHelp = {
  name: 'doctor',
  summary: 'doctor [--json]                      A redacted report to hand to whoever helps you.',
  usage: `Usage: approval-tray doctor [--json]

A diagnostics report: version, OS, keychain backend and whether it answers, the account's region
and base host, API calls this month, the error kinds the app logged in the last day and the
app's last 200 log lines. Every line is redacted: no token, secret, code or cookie is printed.
The tray app's Settings → About → "Copy diagnostics" adds what only the running app knows (the
last poll, the call budget, notification support).

  --json    One JSON object instead of text.

The app's log file is found where the app writes it; APPROVAL_TRAY_LOG_FILE names another.
Exit 0 when the keychain answers, 1 when it does not (the report is printed either way).`,
};
