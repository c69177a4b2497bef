/**
 * No import cycles anywhere in the repo's code, type-only imports included: a cycle through `import type` is
 * still two modules that cannot be understood, or moved, one without the other.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, REPO_ROOT, sourceFiles } from './import-graph';

const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('import cycles', () => {
  it('there are none in src, workers, scripts, models and tests', () => {
    const files = ['src', 'workers', 'scripts', 'models', 'tests'].flatMap((folder) => sourceFiles(join(REPO_ROOT, folder), [FIXTURES]));
    const graph = importGraph(files);
    // The walk must see the real tree: a resolver that found nothing would find no cycle either.
    expect(graph.get('src/storage/backed-store.ts')).toContain('src/storage/records.ts');
    expect(graph.get('src/pose/assets.ts')).toContain('workers/pose.worker.ts');
    expect(importCycles(graph)).toEqual([]);
  });

  it('finds one made of type-only imports, which the linter does not see', () => {
    const graph = importGraph(sourceFiles(join(FIXTURES, 'type-cycle')));
    expect(importCycles(graph)).toEqual([['tests/unit/architecture/fixtures/type-cycle/record.ts', 'tests/unit/architecture/fixtures/type-cycle/store.ts']]);
  });
});
