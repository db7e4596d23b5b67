import { text } from 'node:stream/consumers';
import { createCliAuthContext } from '../auth/cli-auth-context';
import type { CliIo } from '../auth/cli-auth-context';
import { runCli } from './run-cli';

// The CLI wired to this process: real stdio, fetch, clock, keychain and Ctrl-C. main.ts loads
// this only for a command that runs (help and --version are answered without it).
export async function runProcess(argv: string[]): Promise<number> {
  const io: CliIo = {
    stdout: (line) => void process.stdout.write(`${line}\n`),
    stderr: (line) => void process.stderr.write(`${line}\n`),
    readStdin: () => text(process.stdin),
    stdinIsTty: process.stdin.isTTY === true,
  };
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  return runCli(argv, {
    io,
    env: process.env,
    fetch: (url, init) => fetch(url, init),
    clock: {
      now: () => Date.now(),
      setTimer: (fn, ms) => setTimeout(fn, ms),
      clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    random: Math.random, // jitter only; nothing secret depends on it
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    auth: (stateDir) => createCliAuthContext(io, { stateDir }),
    signal: stop.signal,
  });
}
