/**
 * The repo's own import graph as TypeScript resolves it, type-only imports included (ESLint's import-x/no-cycle
 * skips those), and the cycles in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const REPO_ROOT = join(import.meta.dirname, '../../..');

/** The repo's own source files: TypeScript and JavaScript modules, node_modules and `skip` left out. */
export function sourceFiles(folder: string, skip: readonly string[] = []): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(m?ts|m?js)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.split(sep).includes('node_modules') && !skip.some((folder) => file.startsWith(folder)));
}

function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(join(REPO_ROOT, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, REPO_ROOT).options;
}

/** For each file, the repo files it imports (static, dynamic, `import type`, re-exports), as paths relative to the repo. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const options = compilerOptions();
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles.flatMap(({ fileName }) => {
      // A Vite query (`?worker&url`) still names the file it depends on.
      const resolved = ts.resolveModuleName(fileName.split('?')[0]!, file, options, ts.sys).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport || resolved.resolvedFileName.endsWith('.d.ts')) return [];
      return [relative(REPO_ROOT, resolved.resolvedFileName)];
    });
    graph.set(relative(REPO_ROOT, file), [...new Set(targets)]);
  }
  return graph;
}

/** Every group of files that import one another round in a circle (Tarjan's strongly connected components), sorted. */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    lowest.set(file, index.get(file)!);
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowest.set(file, Math.min(lowest.get(file)!, lowest.get(target)!));
      } else if (stack.includes(target)) {
        lowest.set(file, Math.min(lowest.get(file)!, index.get(target)!));
      }
    }
    if (lowest.get(file) !== index.get(file)) return;
    const component = stack.splice(stack.indexOf(file));
    if (component.length > 1 || graph.get(file)?.includes(file)) cycles.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
