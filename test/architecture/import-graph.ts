import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

// The project's own import graph, read with a regex (no compiler needed): every relative
// `import … from`, `export … from`, side-effect `import '…'` and dynamic `import('…')`,
// type-only ones included, because a type cycle is a design cycle too.

export type ImportGraph = Map<string, string[]>;

const IMPORT = /(?:\bimport|\bexport)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]|\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;
const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

export function importsOf(source: string): string[] {
  const found: string[] = [];
  for (const match of source.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(IMPORT)) found.push(match[1] ?? match[2]!);
  return found;
}

/** All .ts/.tsx files under `dirs` (relative to `root`), each with the project files it imports. */
export function readImportGraph(root: string, dirs: readonly string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const dir of dirs) {
    for (const file of sourceFiles(join(root, dir))) {
      const targets = importsOf(readFileSync(file, 'utf8'))
        .map((specifier) => resolveImport(dirname(file), specifier))
        .filter((target): target is string => target !== null)
        .map((target) => relative(root, target));
      graph.set(relative(root, file), [...new Set(targets)]);
    }
  }
  return graph;
}

/** Every import circle, each as the files around it (first file repeated at the end). */
export function findCycles(graph: ImportGraph): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...graph.keys()].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

function resolveImport(fromDir: string, specifier: string): string | null {
  const base = resolve(fromDir, specifier.replace(/\.js$/, ''));
  if (isFile(base)) return base;
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  return null; // a non-code asset (css, svg) or a missing file: the compiler reports those
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
