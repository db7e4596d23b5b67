import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const RENDERER_ROOT = resolve(import.meta.dirname, '../../../renderer');

/**
 * Builds the renderer exactly as `npm run build` does (same root, plugin, entry, minified), into a
 * fresh temporary directory so parallel runs never share or clobber an out/ folder.
 */
export async function buildRenderer(): Promise<string> {
  return buildRendererInto(await mkdtemp(join(tmpdir(), 'approval-tray-renderer-')));
}

async function buildRendererInto(outDir: string): Promise<string> {
  await build({
    configFile: false,
    root: RENDERER_ROOT,
    base: './',
    plugins: [react()],
    logLevel: 'warn',
    // As electron-vite builds it: Electron 41's Chromium and no modulepreload polyfill (Chromium
    // has modulepreload; the polyfill alone is about 0.7 KB).
    build: { outDir, emptyOutDir: true, minify: true, target: 'chrome146', modulePreload: { polyfill: false }, rolldownOptions: { input: { index: join(RENDERER_ROOT, 'index.html') } } },
  });
  return outDir;
}
