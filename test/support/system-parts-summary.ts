import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SKIP_DIR_ENV, SYSTEM_PARTS, skipLine } from './system-parts';
import type { SystemPart } from './system-parts';

// vitest globalSetup: gives every worker one directory to note skipped system parts in, and at
// the end of the run prints one loud line per missing part (however many files skipped for it).

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'approval-tray-skips-'));
  process.env[SKIP_DIR_ENV] = dir;
  return () => {
    // Markers go in only when a part is missing (and writing one recreates the folder): a folder
    // removed from under the run (/tmp is shared) means nothing was skipped, not a crash at exit.
    const parts = notedParts(dir);
    const lines = parts.sort().map((part) => skipLine(part, readFileSync(join(dir, part), 'utf8')));
    rmSync(dir, { recursive: true, force: true });
    if (lines.length === 0) return;
    const bar = '!'.repeat(100);
    process.stderr.write(`\n${bar}\n${lines.join('\n')}\n${bar}\n\n`);
  };
}

function notedParts(dir: string): SystemPart[] {
  try {
    return readdirSync(dir).filter((name): name is SystemPart => name in SYSTEM_PARTS);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
