/** Importing history files: bad or hostile input is refused as a whole, with problems named, and nothing changes. */
import { expect, test, type Page } from '@playwright/test';
import { EXERCISES } from '../../src/analysis';
import type { SessionRecord } from '../../src/storage';
import { T0, sampleComplete } from './support/storage-fixtures';
import { openStore } from './support/storage-support';

const DB = 'gc-import-test';

/** An export of `count` valid sessions, as plain data to break in each case. */
function validFile(count: number): { format: string; version: number; exportedAt: number; sessions: Record<string, unknown>[] } {
  const sessions = Array.from({ length: count }, (_, index) => ({
    id: `imported-${index}`,
    schemaVersion: 2,
    ...sampleComplete('glute-bridge', T0 + index * 3_600_000, 3),
  }));
  return { format: 'glute-coach-history', version: 1, exportedAt: T0 + 86_400_000, sessions };
}

function withSession(index: number, change: (session: Record<string, unknown>) => void): string {
  const file = validFile(3);
  change(file.sessions[index]!);
  return JSON.stringify(file);
}

async function seededStore(page: Page): Promise<SessionRecord[]> {
  await openStore(page, DB);
  return page.evaluate(async (session) => {
    const store = window.storageHarness.store();
    await store.saveComplete(session);
    return store.list();
  }, sampleComplete('clamshell', T0 - 86_400_000, 2));
}

const BAD_FILES: [name: string, text: string, problems: RegExp[]][] = [
  ['not JSON', '{"format": "glute-coach-history", sessions: [', [/^file: not JSON/]],
  ['NaN is not JSON', '{"reps": NaN}', [/^file: not JSON/]],
  ['an empty file', '', [/^file: not JSON/]],
  ['a list, not an export', '[]', [/^file: must be an object \(got \[\]\)/]],
  ['another format', JSON.stringify({ ...validFile(1), format: 'strava' }), [/^file\.format: must be "glute-coach-history" \(got "strava"\)/]],
  ['a newer export version', JSON.stringify({ ...validFile(1), version: 99 }), [/^file\.version: must be one of 1, 2, 3, 4 \(got 99\)/]],
  ['sessions missing', JSON.stringify({ format: 'glute-coach-history', version: 1, exportedAt: T0 }), [/^file\.sessions: missing/]],
  [
    'missing fields',
    withSession(1, (session) => {
      delete session.startedAt;
      delete session.sets;
    }),
    [/^sessions\[1\]\.startedAt: missing/, /^sessions\[1\]\.sets: missing/],
  ],
  [
    'wrong types',
    withSession(0, (session) => {
      session.reps = 'ten';
      session.exercise = 'burpee';
      session.side = 1;
      session.faults = {};
    }),
    [
      new RegExp(`^sessions\\[0\\]\\.exercise: must be one of ${EXERCISES.map((id) => `"${id}"`).join(', ')} \\(got "burpee"\\)`),
      /^sessions\[0\]\.side: must be one of "left", "right", null \(got 1\)/,
      /^sessions\[0\]\.reps: must be a whole number from 0 to 100000 \(got "ten"\)/,
      /^sessions\[0\]\.faults: must be a list \(got \{\}\)/,
    ],
  ],
  [
    'a session of another schema version',
    withSession(2, (session) => (session.schemaVersion = 7)),
    [/^sessions\[2\]\.schemaVersion: must be 2 \(got 7\)/],
  ],
  [
    'huge numbers',
    withSession(2, (session) => {
      session.reps = 1e308;
      // JSON.stringify cannot write an overflowing number: a marker is swapped for one in the text.
      (session.sets as { reps: { romDeg: number }[] }[])[0]!.reps[0]!.romDeg = 123456789;
    }).replace('123456789', '1e400'),
    [/^sessions\[2\]\.reps: must be a whole number from 0 to 100000 \(got 1e\+308\)/, /^sessions\[2\]\.sets\[0\]\.reps\[0\]\.romDeg: must be a number from 0 to 360 \(got Infinity\)/],
  ],
  [
    'an unknown field, even __proto__',
    withSession(0, (session) => (session.note = 'hi')).replace('"schemaVersion":2', '"schemaVersion":2,"__proto__":{"polluted":true}'),
    [/^sessions\[0\]\.__proto__: not a known field/, /^sessions\[0\]\.note: not a known field/],
  ],
  [
    'an end before the start',
    withSession(0, (session) => (session.endedAt = (session.startedAt as number) - 1)),
    [/^sessions\[0\]\.endedAt: must not be before startedAt/],
  ],
  [
    'the same id twice',
    withSession(2, (session) => (session.id = 'imported-0')),
    [/^sessions\[2\]\.id: same id as sessions\[0\]/],
  ],
  [
    'a fault of an unknown kind in the last session only',
    withSession(2, (session) => ((session.faults as { type: string }[])[0]!.type = '<script>alert(1)</script>')),
    [/^sessions\[2\]\.faults\[0\]\.type: must be one of .* \(got "<script>alert\(1\)<\/script>"\)/],
  ],
];

test('malformed files are refused whole, each problem named by record and field, and history is untouched', async ({ page }) => {
  const before = await seededStore(page);
  for (const [name, text, problems] of BAD_FILES) {
    const result = await page.evaluate((file) => window.storageHarness.store().importJson(file), text);
    expect(result.ok, name).toBe(false);
    expect(result.imported, name).toBe(0);
    for (const problem of problems) expect(result.errors.some((error) => problem.test(error)), `${name}: ${problem} in ${result.errors.join(' | ')}`).toBe(true);
  }
  expect(await page.evaluate(() => window.storageHarness.store().list())).toStrictEqual(before);
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
});

test('a long list of problems is cut short with a count of the rest', async ({ page }) => {
  await openStore(page, DB);
  const file = validFile(30);
  for (const session of file.sessions) session.startedAt = 'now';
  const result = await page.evaluate((text) => window.storageHarness.store().importJson(text), JSON.stringify(file));
  expect(result.errors).toHaveLength(21);
  expect(result.errors.at(-1)).toBe('…and 10 more problems');
});

test('hostile strings in an otherwise valid file are stored as plain text', async ({ page }) => {
  await openStore(page, DB);
  const hostile = '<img src=x onerror="window.pwned=1">';
  const text = withSession(0, (session) => {
    session.model = hostile;
    (session.faults as { cue: string }[])[0]!.cue = `${hostile}'); DROP TABLE sessions;--`;
  });
  const result = await page.evaluate((file) => window.storageHarness.store().importJson(file), text);
  expect(result).toEqual({ ok: true, imported: 3, errors: [] });
  const stored = await page.evaluate(() => window.storageHarness.store().get('imported-0'));
  expect(stored?.model).toBe(hostile);
  expect(stored?.faults[0]?.cue).toBe(`${hostile}'); DROP TABLE sessions;--`);
  expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
});

test('importing the same file twice replaces the sessions rather than doubling them', async ({ page }) => {
  await openStore(page, DB);
  const text = JSON.stringify(validFile(2));
  await page.evaluate((file) => window.storageHarness.store().importJson(file), text);
  await page.evaluate((file) => window.storageHarness.store().importJson(file), text);
  expect(await page.evaluate(() => window.storageHarness.store().list())).toHaveLength(2);
});
