import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package's version, read from its package.json: two folders up both from the sources
// (electron/cli/) and from the bundle (out/cli/), and so also in an `npm install -g .` copy.
export function cliVersion(): string {
  const path = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
  const { version } = JSON.parse(readFileSync(path, 'utf8')) as { version?: unknown };
  return typeof version === 'string' ? version : 'unknown';
}
