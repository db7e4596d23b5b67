#!/usr/bin/env node
import { quickAnswer } from './quick-answers';

// The `approval-tray` command: bundled to out/cli/approval-tray.mjs by `npm run build`
// (scripts/build-node.mjs), or run from the sources with `npm run cli -- <command>` (tsx).
// Help, --version and unknown commands are answered here from a few small modules; the rest of
// the CLI is imported only for a command that runs, so status bars start it fast.
const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick) {
  if (quick.stdout !== undefined) process.stdout.write(`${quick.stdout}\n`);
  if (quick.stderr !== undefined) process.stderr.write(`${quick.stderr}\n`);
  process.exitCode = quick.code;
} else {
  const { runProcess } = await import('./run-process');
  process.exitCode = await runProcess(argv);
}
