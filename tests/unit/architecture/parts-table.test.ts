/**
 * docs/ARCHITECTURE.md's "may import" column says what the linter enforces: the repo parts before the first ';'
 * of each cell (packages follow it) are MAY_IMPORT in eslint.config.js, and "any part" is a part with no rule.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAY_IMPORT } from '../../../eslint.config.js';
import { REPO_ROOT } from './import-graph';

/** folder -> its "may import" cell, from the table under "## The parts". */
function partsTable(): Map<string, string> {
  const section = readFileSync(join(REPO_ROOT, 'docs/ARCHITECTURE.md'), 'utf8').split('## The parts')[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Map(rows.map((row) => {
    const cells = row.split(' | ');
    return [cells[0]!.replace(/^\| `|\/?`$/g, ''), cells.at(-1)!.replace(/ \|$/, '')];
  }));
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((match) => match[1]!.replace(/\/$/, ''));

describe('the parts table', () => {
  const table = partsTable();

  it('has a row for every part the linter restricts', () => {
    expect([...table.keys()]).toEqual(expect.arrayContaining(Object.keys(MAY_IMPORT)));
  });

  for (const [part, cell] of table) {
    it(`${part}: "may import" is what eslint.config.js allows`, () => {
      const repoParts = cell.split(';')[0]!;
      if (repoParts.startsWith('any part')) expect(MAY_IMPORT[part]).toBeUndefined();
      else expect(backticked(repoParts).sort()).toEqual([...MAY_IMPORT[part]!].sort());
    });
  }
});
