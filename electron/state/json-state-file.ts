import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

// State that must survive a restart and a crash (which tasks were announced, the last good
// snapshot, the call counter), stored as one JSON file. Plain Node, so the CLI can use it too.
// A write never leaves a half-written file: temp file in the same directory, fsync, rename.
// A broken file is kept aside (never deleted) and the fallback is used, so nothing crashes.

export interface JsonStateFileOptions<T> {
  /** Validates what was read; throws when it is not a T (e.g. a zod schema's parse). */
  parse: (input: unknown) => T;
  fallback: () => T;
  /**
   * For a broken file: salvages what it can from the raw text instead of the fallback, and says
   * what it assumed (e.g. the call counter must not drop to zero).
   */
  recover?: (text: string) => { value: T; message: string };
  /** For the backup's timestamp; default Date.now. */
  now?: () => number;
}

export interface JsonStateRead<T> {
  value: T;
  /** True when the file was broken: it was renamed to `backupPath` and the fallback is used. */
  repaired: boolean;
  message?: string;
  backupPath?: string;
}

export interface JsonStateFile<T> {
  readonly path: string;
  /** Missing file → fallback. Unreadable (permissions, I/O) → throws; the file is left alone. */
  read(): Promise<JsonStateRead<T>>;
  /** Atomic; writes are queued, so the last call wins. File mode 0600, directory created 0700. */
  write(value: T): Promise<void>;
}

export function createJsonStateFile<T>(path: string, options: JsonStateFileOptions<T>): JsonStateFile<T> {
  const now = options.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<JsonStateRead<T>> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { value: options.fallback(), repaired: false };
      throw new Error(`Cannot read ${path} (${errorCode(error) ?? 'unknown error'}).`, { cause: error });
    }
    let problem: string;
    try {
      return { value: options.parse(JSON.parse(text)), repaired: false };
    } catch (error) {
      problem = error instanceof SyntaxError ? 'not valid JSON' : 'not in the expected shape';
    }
    const recovered = options.recover?.(text);
    const value = recovered ? recovered.value : options.fallback();
    const outcome = recovered ? recovered.message : 'defaults are used.';
    const backupPath = await keepCorruptCopy(path, now()).catch(() => undefined);
    if (backupPath === undefined) {
      return { value, repaired: true, message: `${basename(path)} was ${problem} and could not be moved aside; ${outcome}` };
    }
    return {
      value,
      repaired: true,
      backupPath,
      message: `${basename(path)} was ${problem}; it was kept as ${basename(backupPath)}; ${outcome}`,
    };
  }

  function write(value: T): Promise<void> {
    const run = queue.then(() => writeAtomically(path, `${JSON.stringify(value, null, 2)}\n`));
    queue = run.catch(() => undefined); // a failed write must not block the next one
    return run;
  }

  return { path, read, write };
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Makes the rename itself durable. Not possible on Windows, where it is skipped. */
async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}

async function keepCorruptCopy(path: string, time: number): Promise<string> {
  // Colons are not allowed in Windows file names.
  const stamp = new Date(time).toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt += 1) {
    const backupPath = `${path}.corrupt-${stamp}${attempt === 0 ? '' : `-${attempt}`}`;
    try {
      await open(backupPath, 'wx').then((handle) => handle.close()); // claim the name
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || attempt >= 20) throw error;
      continue;
    }
    try {
      await rename(path, backupPath);
      return backupPath;
    } catch (error) {
      await unlink(backupPath).catch(() => undefined);
      throw error;
    }
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
