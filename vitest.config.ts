import { defineConfig } from 'vitest/config';

// One runner for everything: shared/ and electron/ tests in Node, renderer component tests in
// happy-dom (per-file `// @vitest-environment happy-dom`), e2e in real Chromium via playwright-core.
export default defineConfig({
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Two cores: keep parallelism modest so servers and Chromium are not starved.
    maxWorkers: 2,
    // Tests needing a Secret Service or Chromium skip on a bare machine (and fail under CI=true);
    // this prints one loud line per missing part at the end of the run.
    // run-temp-dir.ts gives the run one temporary folder and removes it at the end.
    globalSetup: ['test/support/run-temp-dir.ts', 'test/support/system-parts-summary.ts'],
  },
});
