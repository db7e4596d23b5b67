// What `npm start` shows where no Electron binary is installed: the bundled Feishu sandbox with
// its demo tasks, read through the same engine the tray app uses (via the CLI), then a live
// `watch` that prints new approvals as the sandbox makes them arrive. Ctrl-C stops it.
import { createCliAuthContext } from '../electron/auth/cli-auth-context';
import type { CliIo } from '../electron/auth/cli-auth-context';
import { runCli } from '../electron/cli/run-cli';
import type { CliContext } from '../electron/cli/cli-context';
import { startSandbox } from '../electron/sandbox/server';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ARRIVAL_EVERY_MS = 20_000;

const io: CliIo = {
  stdout: (line) => void process.stdout.write(`${line}\n`),
  stderr: (line) => void process.stderr.write(`${line}\n`),
  readStdin: async () => '',
  stdinIsTty: false,
};

const sandbox = await startSandbox({ arrivalEveryMs: ARRIVAL_EVERY_MS, controlRoutes: false });
const stateDir = await mkdtemp(join(tmpdir(), 'approval-tray-demo-'));
const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());

const ctx: CliContext = {
  io,
  // The demo never touches the user's keychain or state: token and state dir are its own.
  env: { FEISHU_BASE_URL: sandbox.url, FEISHU_USER_ACCESS_TOKEN: sandbox.demoToken, FEISHU_USER_ID: sandbox.demoUserId, APPROVAL_TRAY_STATE_DIR: stateDir },
  fetch: (url, init) => fetch(url, init),
  clock: { now: () => Date.now(), setTimer: (fn, ms) => setTimeout(fn, ms), clearTimer: (h) => clearTimeout(h as NodeJS.Timeout) },
  random: Math.random,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  auth: (dir) => createCliAuthContext(io, { stateDir: dir }),
  signal: stop.signal,
};

const heading = (text: string) => io.stdout(`\n\u001b[1m== ${text}\u001b[0m`);
let code = 0;
try {
  io.stdout(`Demo: the Feishu sandbox is running at ${sandbox.url} (user ${sandbox.demoUserId}).`);
  heading('待办 To-do (npm run cli -- tasks)');
  code = await runCli(['tasks'], ctx);
  heading('Counts per topic (npm run cli -- count --topic …)');
  for (const topic of ['todo', 'done', 'initiated', 'cc-unread', 'cc-read']) {
    const printCount = (line: string) => io.stdout(`${topic.padEnd(10)} ${line}`);
    code ||= await runCli(['count', '--topic', topic], { ...ctx, io: { ...io, stdout: printCount } });
  }
  heading(`Watching to-do (npm run cli -- watch): a new demo approval arrives every ${ARRIVAL_EVERY_MS / 1000} s. Ctrl-C to stop.`);
  if (code === 0) code = await runCli(['watch', '--interval', '10'], ctx);
} finally {
  await sandbox.close();
  await rm(stateDir, { recursive: true, force: true });
}
process.exitCode = code;
