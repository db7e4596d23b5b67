import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findCycles, importsOf, readImportGraph } from './import-graph';

// House rule: imports point one way; no two modules import each other, even for types only
// (move shared types to their own module). This keeps circles from coming back.

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('import cycles', () => {
  it('shared/, electron/ and renderer/ have none', () => {
    const graph = readImportGraph(root, ['shared', 'electron', 'renderer']);
    expect(graph.size).toBeGreaterThan(100); // the walk really found the code
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('the detector sees value, type-only, re-export and dynamic imports', () => {
    const source = [
      "import { a } from './a';",
      "import type {\n  B,\n} from '../b';",
      "export type * from './c';",
      "export { d } from './d';",
      "import './e.css';",
      "const f = await import('./f');",
      "import { g } from 'node:fs';",
      "/* import { h } from './h'; */",
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a', '../b', './c', './d', './e.css', './f']);
  });

  it('the detector reports a two-file circle and a longer one, not a diamond', () => {
    const graph = new Map([
      ['server.ts', ['routes.ts', 'types.ts']],
      ['routes.ts', ['server.ts']],
      ['a.ts', ['b.ts', 'c.ts']],
      ['b.ts', ['d.ts']],
      ['c.ts', ['d.ts']],
      ['d.ts', ['e.ts']],
      ['e.ts', ['b.ts']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['b.ts', 'd.ts', 'e.ts', 'b.ts'],
      ['routes.ts', 'server.ts', 'routes.ts'],
    ]);
  });
});
