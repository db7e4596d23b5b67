import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import type { ControlCommand } from '../electron/control';
import type { StandinRecords } from '../electron/records';

// One start of the built app under the Electron stand-in, as its own process (as a user's app
// is): `node --import tsx --import register.ts out/main/index.js`. The test reads what the
// stand-in recorded and acts as the user or the OS through Node's IPC channel, and drives the
// window's page through the same Chromium (DevTools protocol), as a user would with a mouse.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const REGISTER = fileURLToPath(new URL('../electron/register.ts', import.meta.url));
/** tsx runs the stand-in's TypeScript; named by path, as the app's working directory is its home. */
const TSX = `${ROOT}node_modules/tsx/dist/loader.mjs`;

export interface StartOptions {
  home: string;
  /** The main bundle to run (default out/main/index.js; package:check runs the one from the asar). */
  main?: string;
  args?: string[];
  env?: Record<string, string>;
}

export interface AppProcess {
  readonly pid: number;
  readonly output: string[];
  call<T = unknown>(command: ControlCommand): Promise<T>;
  records(): Promise<StandinRecords>;
  /** Polls the records until `check` returns a value (not undefined/false). */
  until<T>(label: string, check: (records: StandinRecords) => T | undefined | false, timeoutMs?: number): Promise<T>;
  /** The window's page, driven through its own DevTools connection. */
  windowPage(): Promise<Page>;
  readonly exited: Promise<number | null>;
  quit(): Promise<number | null>;
  /** Ends the app and its browser now (no quit events), whatever state it is in. */
  kill(): Promise<void>;
}

export async function startApp(options: StartOptions): Promise<AppProcess> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HOME: options.home, ELECTRON_STANDIN_LANGUAGES: 'en-US', ...options.env };
  delete env.XDG_CONFIG_HOME;
  delete env.APPIMAGE;
  const child = fork(options.main ?? `${ROOT}out/main/index.js`, options.args ?? [], {
    cwd: options.home,
    execArgv: ['--import', TSX, '--import', REGISTER],
    env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const output: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    // A process that could not be spawned at all never exits.
    child.once('error', (error) => {
      output.push(`could not start the app: ${error.message}`);
      resolve(null);
    });
  });
  return createHandle(child, output, exited);
}

function createHandle(child: ChildProcess, output: string[], exited: Promise<number | null>): AppProcess {
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  child.on('message', (message: { id: number; ok: boolean; value?: unknown; error?: string }) => {
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) call?.resolve(message.value);
    else call?.reject(new Error(message.error));
  });
  void exited.then(() => {
    for (const call of pending.values()) call.reject(new Error(`the app exited\n${output.join('').slice(-2000)}`));
    pending.clear();
  });
  let browser: Browser | null = null;

  const handle: AppProcess = {
    pid: child.pid ?? 0,
    output,
    exited,
    call<T>(command: ControlCommand): Promise<T> {
      if (child.exitCode !== null || !child.connected) return Promise.reject(new Error(`the app is not running\n${output.join('').slice(-2000)}`));
      return new Promise<T>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        child.send({ id, command });
      });
    },
    records: () => handle.call<StandinRecords>({ cmd: 'records' }),
    async until(label, check, timeoutMs = 90_000) {
      const deadline = Date.now() + timeoutMs;
      let last: StandinRecords | null = null;
      while (Date.now() < deadline) {
        last = await handle.records();
        const value = check(last);
        if (value !== undefined && value !== false) return value as never;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`timed out waiting for ${label}; problems: ${JSON.stringify(last?.problems)}\n${output.join('').slice(-3000)}`);
    },
    async windowPage() {
      const port = await handle.call<number>({ cmd: 'devtools-port' });
      browser ??= await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      for (let i = 0; i < 200; i++) {
        const page = browser.contexts()[0]?.pages().find((candidate) => candidate.url().includes('.electron-standin.invalid'));
        if (page) return page;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error('the app window never showed its page');
    },
    async quit() {
      await browser?.close().catch(() => undefined);
      browser = null;
      await handle.call({ cmd: 'quit' }).catch(() => undefined);
      return exited;
    },
    async kill() {
      await browser?.close().catch(() => undefined);
      browser = null;
      if (child.exitCode !== null) return void (await exited);
      // The app's Chromium is its child: SIGKILL alone leaves it running, still writing its
      // profile into the home directory the test is about to remove. app.exit() closes it first;
      // SIGKILL only for an app too stuck to answer.
      await handle.call({ cmd: 'exit' }).catch(() => undefined);
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
  return handle;
}
