import { defineConfig } from 'vitest/config';

// `npm run package:check` only (not part of `npm test`): electron-builder around a stand-in
// Electron, then the produced app.asar is checked. CI runs it as its own step.
export default defineConfig({
  test: {
    include: ['test/packaging/**/*.check.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
