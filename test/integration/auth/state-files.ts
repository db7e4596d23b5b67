import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The text of every file under a state directory, subfolders included (the refresh lock lives in
 * `locks/`), except the top-level names in `except`: what a secret must not appear in.
 */
export async function stateFileTexts(stateDir: string, except: readonly string[] = []): Promise<string[]> {
  const entries = await readdir(stateDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !except.includes(relative(stateDir, path)));
  return Promise.all(files.map((path) => readFile(path, 'utf8')));
}
