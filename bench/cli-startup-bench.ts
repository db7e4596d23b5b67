// Start-up of the bundled `approval-tray` command against a bare `node -e 0`, run side by side
// (interleaved, so a busy machine slows both alike). Status bars run `count` every few seconds:
// target: `--version` and `count --help` at most 3× a bare node (median of the rounds).
import { execFileSync } from 'node:child_process';
import { ROOT, ensureBuiltCli } from '../test/support/built-cli';
import { measure, median } from './measure';
import type { BenchRow } from './measure';

const ROUNDS = 9;
const TARGET_RATIO = 3;

export async function runCliStartupBench(): Promise<BenchRow[]> {
  const cli = ensureBuiltCli();
  const cases: { name: string; args: string[] }[] = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'approval-tray --version', args: [cli, '--version'] },
    { name: 'approval-tray count --help', args: [cli, 'count', '--help'] },
    // For comparison, what `npm run cli -- --version` runs (minus npm itself): the sources via tsx.
    { name: 'tsx electron/cli/main.ts --version (npm run cli)', args: ['--import', 'tsx', 'electron/cli/main.ts', '--version'] },
  ];
  const times = cases.map(() => [] as number[]);
  const once = (args: string[]) => measure(() => execFileSync(process.execPath, args, { stdio: 'pipe', cwd: ROOT }));
  for (const { args } of cases) await once(args); // warm the file cache
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { args }] of cases.entries()) times[i]!.push(await once(args));
  }
  const base = median(times[0]!);
  return cases.map(({ name }, i) => {
    const ms = median(times[i]!);
    const ratio = ms / base;
    return {
      name,
      values: {
        'median ms': ms.toFixed(1),
        'ratio to node -e 0': ratio.toFixed(2),
        ...(i > 0 && i < 3 ? { target: ratio <= TARGET_RATIO ? `≤ ${TARGET_RATIO}× ok` : `> ${TARGET_RATIO}× MISSED` } : {}),
      },
    };
  });
}
