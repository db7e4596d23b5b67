import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// The fixed top-level layout (electron/, renderer/, shared/) is not electron-vite's default
// src/ layout, so every entry is named here.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // keytar is native and electron-log is loaded at run time; everything else, including the
      // pure-ESM electron-store, is bundled so main starts from one file.
      externalizeDeps: { exclude: ['electron-store'] },
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts') },
        // keytar is an optional dependency: named here so the build works where its native
        // build failed and it is absent (the app then says what to install).
        external: ['keytar'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot require(): bundle it whole as CommonJS.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves bundles unminified; the window loads this on every cold open.
      minify: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
  },
});
