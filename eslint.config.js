import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * Which parts of the repo each part may import (npm packages aside): the "may import" column of
 * docs/ARCHITECTURE.md, enforced below. A part not listed here (scripts/, tests/, the config files) may import
 * any other. Type-only imports count too: a type from the worker is still a dependency on it.
 */
/** @type {Record<string, string[]>} */
export const MAY_IMPORT = {
  'src/util': [],
  'src/analysis': ['src/util'],
  workers: ['src/util'],
  'src/pose': ['workers', 'src/util'],
  'src/clip': ['src/pose', 'src/analysis', 'src/util'],
  'src/storage': ['src/analysis', 'src/util'],
  'src/live': ['src/pose', 'src/analysis', 'src/storage', 'src/util'],
  'src/components': ['src/live', 'src/clip', 'src/pose', 'src/analysis', 'src/storage', 'src/util'],
  'src/app': ['src/components', 'src/live', 'src/clip', 'src/analysis', 'src/storage', 'src/util'],
  'src/lib': ['src/components', 'src/live', 'src/storage'],
  // The service worker script imports nothing; its build plugin reads which models to cache offline.
  'src/sw': ['src/live/model-setting.ts'],
};

/** Every folder of the repo's own code that an import can reach. */
const PARTS = [...Object.keys(MAY_IMPORT), 'scripts', 'tests', 'models'];

/** One zone per part: every other part it may not import from (a file allowed inside one becomes an exception). */
function boundaryZones() {
  return Object.entries(MAY_IMPORT).flatMap(([target, allowed]) =>
    PARTS.filter((part) => part !== target && !allowed.includes(part)).map((from) => ({
      target: `./${target}`,
      from: `./${from}`,
      except: allowed.filter((path) => path.startsWith(`${from}/`)).map((path) => `./${path.slice(from.length + 1)}`),
      message: `${target} may import only ${allowed.length ? allowed.join(', ') : 'nothing of this repo'} (docs/ARCHITECTURE.md, "The parts").`,
    })),
  );
}

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'public/',
      'models/.cache/',
      'test-results/',
      'playwright-report/',
      // Forbidden imports and cycles on purpose, linted by tests/unit/architecture/lint-rules.test.ts alone.
      'tests/unit/architecture/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', self: 'readonly', window: 'readonly', document: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      // What import-x needs to read the files an import reaches (no-cycle follows them), as its typescript preset.
      'import-x/extensions': importX.flatConfigs.typescript.settings?.['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings?.['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: boundaryZones() }],
      // Cycles through value imports; import-x skips type-only ones, which tests/unit/architecture/import-cycles.test.ts covers.
      'import-x/no-cycle': 'error',
    },
  },
);
