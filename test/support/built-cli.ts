import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundled CLI exactly as `npm run build` makes it (scripts/build-node.mjs). Tests and the
// bench that run it rebuild it first when it is missing or older than any source it bundles.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_CLI = join(ROOT, 'out/cli/approval-tray.mjs');

const SOURCES = ['electron', 'shared', 'package.json', 'scripts/build-node.mjs', 'scripts/node-entries.mjs'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function ensureBuiltCli(): string {
  const stale = !existsSync(BUILT_CLI) || SOURCES.some((source) => newestMtime(join(ROOT, source)) > statSync(BUILT_CLI).mtimeMs);
  if (stale) execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'pipe' });
  return BUILT_CLI;
}
