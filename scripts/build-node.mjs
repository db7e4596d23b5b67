#!/usr/bin/env node
// Bundles each plain-Node program of scripts/node-entries.mjs into one ES module under out/,
// keeping the entry's `#!/usr/bin/env node` line so it runs as a command (package.json "bin"). Uses vite's
// build API (rolldown), the same bundler electron-vite uses for the app. Dynamic imports are
// inlined into the one file; their modules still run only when first imported, so a command's
// code (zod, the API client, keytar) is not executed for `--help` or `--version`.
import { chmod } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { NODE_ENTRIES, NODE_EXTERNALS } from './node-entries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

for (const { entry, outFile } of NODE_ENTRIES) {
  const outDir = resolve(root, dirname(outFile));
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    ssr: { noExternal: true, external: NODE_EXTERNALS },
    build: {
      ssr: resolve(root, entry),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: false,
      rolldownOptions: {
        external: NODE_EXTERNALS,
        output: { format: 'es', entryFileNames: basename(outFile), codeSplitting: false },
      },
    },
  });
  await chmod(resolve(root, outFile), 0o755);
  console.log(`built ${outFile}`);
}
