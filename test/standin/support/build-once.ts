import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run test:app` and the full-app tests run the BUILT app: build it when out/ is missing or
// older than a source file. Parallel test files take turns through a lock directory.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const SOURCES = ['electron', 'shared', 'renderer', 'electron.vite.config.ts', 'package.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function isBuildStale(): boolean {
  let built: number;
  try {
    built = Math.min(...OUTPUTS.map((file) => statSync(join(ROOT, file)).mtimeMs));
  } catch {
    return true;
  }
  return SOURCES.some((source) => newest(join(ROOT, source)) > built);
}

export async function ensureBuilt(): Promise<void> {
  const lock = join(ROOT, 'out.build-lock');
  for (let waited = 0; ; waited += 500) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 300_000) throw new Error(`another build holds ${lock}; remove it if no build is running`);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  try {
    if (isBuildStale()) execFileSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  } finally {
    rmdirSync(lock);
  }
}
