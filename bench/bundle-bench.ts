// The renderer bundle as the app ships it (minified, the same build as `npm run build`): the
// bytes of JavaScript the window parses on every cold open, raw and gzipped.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildRenderer } from '../test/e2e/support/build-renderer';
import type { BenchRow } from './measure';

const TARGET_KB = 350;

export async function runBundleBench(): Promise<BenchRow[]> {
  const dir = await buildRenderer();
  try {
    const assets = join(dir, 'assets');
    let js = 0;
    let gzip = 0;
    let css = 0;
    for (const name of await readdir(assets)) {
      const bytes = await readFile(join(assets, name));
      if (name.endsWith('.js')) {
        js += bytes.length;
        gzip += gzipSync(bytes).length;
      } else if (name.endsWith('.css')) css += bytes.length;
    }
    const kb = (n: number) => (n / 1000).toFixed(1);
    return [
      {
        name: 'renderer bundle (minified)',
        values: { 'JS KB': kb(js), 'JS gzip KB': kb(gzip), 'CSS KB': kb(css), target: `JS ≤ ${TARGET_KB} KB: ${js / 1000 <= TARGET_KB ? 'met' : 'MISSED'}` },
      },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
