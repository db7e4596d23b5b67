import { open } from 'node:fs/promises';

// The last lines of a log file, reading only its end (the file may be a megabyte; a report keeps
// 200 lines and the last day's error kinds). A missing file is no error: nothing was logged yet.

const TAIL_BYTES = 256 * 1024;

export async function readLogTail(path: string): Promise<{ lines: string[]; error?: string }> {
  let file;
  try {
    file = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { lines: [], error: code === 'ENOENT' ? 'no log file yet' : `cannot read it (${code ?? 'error'})` };
  }
  try {
    const { size } = await file.stat();
    const start = Math.max(0, size - TAIL_BYTES);
    const buffer = Buffer.alloc(size - start);
    await file.read(buffer, 0, buffer.length, start);
    const lines = buffer.toString('utf8').split(/\r?\n/);
    if (start > 0) lines.shift(); // the first line was cut in the middle
    if (lines.at(-1) === '') lines.pop();
    return { lines };
  } finally {
    await file.close();
  }
}
