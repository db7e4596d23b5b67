// Small timing helpers shared by the benchmarks. Wall-clock, median of rounds: good enough to
// compare two paths in the same run on the same machine, not an absolute figure.
import { performance } from 'node:perf_hooks';

export interface BenchRow {
  name: string;
  values: Record<string, string>;
}

export async function measure(run: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * How far the heap grows above where it started while `run` works, sampled every few ms
 * (`npm run bench` runs with --expose-gc, so the start is measured right after a GC).
 */
export async function peakHeapDuring(run: () => Promise<unknown>): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const start = process.memoryUsage().heapUsed;
  let peak = start;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 2);
  try {
    await run();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().heapUsed) - start;
}

export function printRows(title: string, rows: readonly BenchRow[]): void {
  console.log(`\n## ${title}`);
  for (const row of rows) {
    const cells = Object.entries(row.values)
      .filter(([, value]) => value !== '')
      .map(([key, value]) => `${key}: ${value}`);
    console.log(`- ${row.name} — ${cells.join(' · ')}`);
  }
}
