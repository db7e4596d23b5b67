import { arch, release } from 'node:os';
import { parseArgs } from 'node:util';
import { buildDiagnostics } from '../../../shared/diagnostics/build-diagnostics';
import { formatDiagnostics } from '../../../shared/diagnostics/format-diagnostics';
import { detectKeychain } from '../../keychain/detect-keychain';
import { defaultCliStateDir } from '../../auth/cli-auth-context';
import { appLogFile } from '../../diagnostics/log-location';
import { readLogTail } from '../../diagnostics/read-log-tail';
import { createCallLog } from '../call-log';
import type { CliContext } from '../cli-context';
import { EXIT } from '../exit-codes';
import { cliVersion } from '../version';

// `approval-tray doctor`: gathers what a command-line process can know and prints the report
// built (and redacted) by shared/diagnostics. Reads only non-secret fields: the Account and a
// keychain probe of an entry that never exists.
export async function doctorCommand(args: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({ args, options: { json: { type: 'boolean', default: false } }, strict: true });
  const stateDir = ctx.env.APPROVAL_TRAY_STATE_DIR ?? defaultCliStateDir(ctx.env);
  const auth = ctx.auth(stateDir);
  const account = await Promise.resolve(auth.accounts.get()).catch(() => null);
  const keychain = await detectKeychain(auth.secrets);
  const calls = await createCallLog(stateDir, () => ctx.clock.now()).thisMonth().catch(() => null);
  const logPath = appLogFile(ctx.env);
  const log = await readLogTail(logPath);
  const report = buildDiagnostics({
    now: ctx.clock.now(),
    source: 'cli',
    version: cliVersion(),
    runtime: { node: process.versions.node },
    os: { platform: process.platform, release: release(), arch: arch() },
    keychain,
    account,
    poll: null,
    calls: { thisMonth: calls, monthlyBudget: null },
    notifications: null,
    log: { path: logPath, lines: log.lines, error: log.error },
  });
  ctx.io.stdout(values.json ? JSON.stringify(report, null, 2) : formatDiagnostics(report));
  return keychain.available ? EXIT.ok : EXIT.failed;
}
