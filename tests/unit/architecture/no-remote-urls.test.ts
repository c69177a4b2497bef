/** The app never loads anything from another origin: no absolute URL may appear in what it ships. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');
const SHIPPED = ['src', 'workers', 'models', 'index.html'];
const IGNORED_DIRS = new Set(['.cache', 'node_modules']);
const TEXT_FILE = /\.(ts|mjs|js|json|html|css)$/;
// http(s) or protocol-relative URLs with a host; loopback is allowed (dev tools), nothing else.
const REMOTE_URL = /(?:https?:)?\/\/(?!127\.0\.0\.1|localhost)[a-z0-9-]+(?:\.[a-z0-9-]+)+/gi;

function shippedFiles(path: string): string[] {
  if (statSync(path).isFile()) return TEXT_FILE.test(path) ? [path] : [];
  return readdirSync(path)
    .filter((name) => !IGNORED_DIRS.has(name))
    .flatMap((name) => shippedFiles(join(path, name)));
}

describe('offline by construction', () => {
  it('has no URL of another origin in src/, workers/, models/ or index.html', () => {
    const files = SHIPPED.flatMap((entry) => shippedFiles(join(root, entry)));
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(REMOTE_URL)].map((match) => `${relative(root, file)}: ${match[0]}`),
    );
    expect(found).toEqual([]);
  });
});
