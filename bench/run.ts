// `npm run bench`: every benchmark, printed as Markdown lists for the issue notes. Speed and
// memory targets live here, not in unit tests (timings on a shared CI box are noise).
import { runEngineBench } from './engine-bench';
import { runTrayBench } from './tray-bench';
import { runEnrichmentBench } from './enrichment-bench';
import { runEnrichmentCoreBench } from './enrichment-core-bench';
import { runRendererBench } from './renderer-bench';
import { runCliStartupBench } from './cli-startup-bench';
import { runBundleBench } from './bundle-bench';
import { printRows } from './measure';
import type { BenchRow } from './measure';

const suites: { title: string; run: () => Promise<BenchRow[]> }[] = [
  { title: 'Engine: one poll cycle against the sandbox (target: ratio < 1.50 at 20,000)', run: runEngineBench },
  { title: 'Tray app: idle cost of the main-process core, badge drawing', run: runTrayBench },
  { title: 'Details enrichment: API calls per 10 simulated hours (issue #11)', run: runEnrichmentBench },
  { title: 'Details enrichment through the app core: calls per 10 simulated hours, 5 new to-dos an hour (issue #11)', run: runEnrichmentCoreBench },
  { title: `CLI start-up: the bundled command vs a bare node, median of 9 interleaved runs (target: ≤ 3×)`, run: runCliStartupBench },
  { title: 'Window: renderer bundle (target: JS ≤ 350 KB minified)', run: runBundleBench },
  { title: 'Window: render in Chromium at 400×620 (target: first paint < 50 ms at 5,000 tasks)', run: runRendererBench },
];

let failed = false;
for (const suite of suites) {
  try {
    printRows(suite.title, await suite.run());
  } catch (error) {
    failed = true;
    console.error(`\n## ${suite.title}\nFAILED: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed ? 1 : 0;
