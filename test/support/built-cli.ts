import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The bundled plain-Node programs (the CLI, the token broker) exactly as `npm run build` makes
// them (scripts/build-node.mjs). Tests and the bench that run one rebuild them first when it is
// missing or older than any source it bundles.

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BUILT_CLI = join(ROOT, 'out/cli/approval-tray.mjs');
export const BUILT_BROKER = join(ROOT, 'out/broker/index.mjs');

const SOURCES = ['electron', 'shared', 'package.json', 'scripts/build-node.mjs', 'scripts/node-entries.mjs'];

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

export function ensureBuiltNodeProgram(file: string): string {
  const stale = !existsSync(file) || SOURCES.some((source) => newestMtime(join(ROOT, source)) > statSync(file).mtimeMs);
  if (stale) execFileSync(process.execPath, ['scripts/build-node.mjs'], { cwd: ROOT, stdio: 'pipe' });
  return file;
}

export function ensureBuiltCli(): string {
  return ensureBuiltNodeProgram(BUILT_CLI);
}
