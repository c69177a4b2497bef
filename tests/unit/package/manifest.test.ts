/**
 * custom-elements.json lists the whole API of <glute-coach>, as the element really has it: attributes and
 * properties from the class itself (Lit runs in Node on its DOM shim), events from GluteCoachEventMap, parts
 * from the element's templates and custom properties from the styles of the element and the components it
 * renders. The manifest is generated here with the package's own analyzer config, as `prepack` does.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';
import { GluteCoach } from '../../../src/components/glute-coach/glute-coach';

const ELEMENT_DIR = 'src/components/glute-coach';
const COMPONENTS_DIR = 'src/components';

interface Named {
  name: string;
  type?: { text: string };
  description?: string;
  privacy?: string;
}
interface ElementDoc {
  tagName: string;
  attributes: Named[];
  members: Named[];
  events: Named[];
  cssParts: Named[];
  cssProperties: Named[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file));
}

function read(files: string[]): string {
  return files.map((file) => readFileSync(file, 'utf8')).join('\n');
}

function matches(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/** `part="a b"` names a and b; `exportparts="inner: outer, same"` exposes outer and same. */
function partsIn(templates: string): string[] {
  const own = matches(templates, /\spart="([^"]+)"/g).flatMap((value) => value.split(/\s+/));
  const exported = matches(templates, /\sexportparts="([^"]+)"/g).flatMap((value) => value.split(',').map((entry) => entry.split(':').at(-1)!.trim()));
  return [...own, ...exported];
}

/** The source files of the components the element renders (`<gc-...>` in its templates). */
function renderedComponentFiles(templates: string): string[] {
  const tags = new Set(matches(templates, /<(gc-[a-z-]+)/g));
  return sourceFiles(COMPONENTS_DIR).filter((file) => matches(readFileSync(file, 'utf8'), /customElement\('([^']+)'\)/g).some((tag) => tags.has(tag)));
}

/** GluteCoachEventMap's keys and the event type each is declared with. */
function eventMap(): Map<string, string> {
  const file = join(ELEMENT_DIR, 'events.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const map = source.statements.find((node): node is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(node) && node.name.text === 'GluteCoachEventMap');
  if (!map) throw new Error(`${file} declares no GluteCoachEventMap`);
  return new Map(map.members.filter(ts.isPropertySignature).map((member) => [(member.name as ts.Identifier | ts.StringLiteral).text, member.type!.getText(source)]));
}

const names = (items: Named[]) => items.map((item) => item.name).sort();
const unique = (values: string[]) => [...new Set(values)].sort();

describe('custom-elements.json', () => {
  let element: ElementDoc;
  const templates = read(sourceFiles(ELEMENT_DIR));

  beforeAll(() => {
    execFileSync('npx', ['cem', 'analyze', '--quiet'], { stdio: 'inherit' });
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as { modules: { declarations?: (ElementDoc & { customElement?: boolean })[] }[] };
    const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.customElement);
    expect(elements.map((declaration) => declaration.tagName)).toEqual(['glute-coach']);
    element = elements[0]!;
  }, 120_000); // the analyzer reads every source file: ~7 s on a quiet 2-core machine, far more on a busy one

  test('lists every attribute the element observes, each described', () => {
    expect(names(element.attributes)).toEqual([...GluteCoach.observedAttributes].sort());
    for (const attribute of element.attributes) expect(attribute.description, attribute.name).toBeTruthy();
  });

  test('lists every public reactive property and the public methods', () => {
    const publicProperties = [...GluteCoach.elementProperties].filter(([, options]) => !options.state).map(([name]) => String(name));
    const publicMembers = element.members.filter((member) => !member.privacy).map((member) => member.name);
    expect(publicMembers).toEqual(expect.arrayContaining([...publicProperties, 'start', 'stop', 'resume', 'stage', 'frameStats']));
  });

  test('lists every event of GluteCoachEventMap with its declared type', () => {
    const events = eventMap();
    expect(events.size).toBeGreaterThanOrEqual(7);
    expect(Object.fromEntries(element.events.map((event) => [event.name, event.type?.text]))).toEqual(Object.fromEntries(events));
    for (const event of element.events) expect(event.description, event.name).toBeTruthy();
  });

  test('lists every part the element exposes, each described', () => {
    expect(names(element.cssParts)).toEqual(unique(partsIn(templates)));
    for (const part of element.cssParts) expect(part.description, part.name).toBeTruthy();
  });

  test('lists every --gc-* custom property the element and the components it renders read', () => {
    const styles = read(['src/components/base/coach-element.ts', ...sourceFiles(ELEMENT_DIR), ...renderedComponentFiles(templates)]);
    expect(names(element.cssProperties)).toEqual(unique(matches(styles, /var\((--gc-[a-z-]+)/g)));
    for (const property of element.cssProperties) expect(property.description, property.name).toBeTruthy();
  });
});
