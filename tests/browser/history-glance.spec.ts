/**
 * The history at a glance with 1, 10 and 300 sessions on real IndexedDB: time axes that fit the sessions (read
 * from the labels the charts draw), this month's calendar, the trends by exercise, and no long task over 200 ms
 * while 300 sessions are drawn. Screenshots at laptop and phone sizes go to test-results/screenshots/.
 */
import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import type { ExerciseId } from '../../src/analysis';
import { EXPORT_FORMAT, EXPORT_VERSION, type SessionRecord } from '../../src/storage';
import { REPO_ROOT } from './support/coach-support';
import { DAY_MS, sampleRecord } from './support/storage-fixtures';
import type {} from './harness/storage-history.page';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');
const EXERCISES: ExerciseId[] = ['glute-bridge', 'hip-thrust', 'clamshell'];
const MAX_TASK_MS = 200;
/** The list shows the newest sessions a page at a time. */
const SESSIONS_PER_PAGE = 50;

test.use({ locale: 'en-GB' });

/** `count` sessions, the newest yesterday, `everyDays` apart, pain rated before and after. */
function generated(count: number, everyDays: number): SessionRecord[] {
  const newest = Date.now() - DAY_MS;
  return Array.from({ length: count }, (_, index) => {
    const startedAt = Math.round(newest - index * everyDays * DAY_MS);
    const record = sampleRecord(`s${index}`, EXERCISES[index % EXERCISES.length]!, startedAt, 8 + (index % 5));
    return { ...record, painBefore: 5 - (index % 3), painAfter: 3 - (index % 3) };
  });
}

/** Opens the history on `sessions` (imported in one go) and returns the longest task while it drew them, ms. */
async function showHistory(page: Page, sessions: SessionRecord[]): Promise<number> {
  await page.goto('/tests/browser/harness/storage-history.html');
  await page.waitForFunction(() => 'historyHarness' in window);
  const file = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), sessions, safety: null });
  await page.evaluate(async ([name, text]) => {
    await window.storageHarness.open(name);
    await window.storageHarness.store().clear();
    const result = await window.storageHarness.store().importJson(text);
    if (!result.ok) throw new Error(result.errors.join('; '));
  }, [`gc-history-glance-${sessions.length}`, file] as const);
  await page.evaluate(() => {
    const longest = { ms: 0 };
    (window as unknown as { longestTask: typeof longest }).longestTask = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
    window.historyHarness.mount();
  });
  await expect(page.locator('gc-history-view figure.chart canvas')).toHaveCount(5);
  await expect(page.locator('gc-history-view li.session')).toHaveCount(Math.min(sessions.length, SESSIONS_PER_PAGE));
  // Long tasks are reported after they end: a frame later, everything drawn so far is counted.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page.evaluate(() => (window as unknown as { longestTask: { ms: number } }).longestTask.ms);
}

/** The time axis labels each chart drew, by chart title. */
function axisLabels(page: Page): Promise<Record<string, string[]>> {
  return page.locator('gc-history-view figure.chart').evaluateAll((figures) =>
    Object.fromEntries(figures.map((figure) => [
      figure.getAttribute('aria-label')!,
      (figure.querySelector('.time-axis')!.textContent ?? '').replace(/^Time axis: /, '').split(', ').filter(Boolean),
    ])),
  );
}

const DAY_LABEL = /^\d{1,2} [A-Z][a-z]{2,3}$/;
/** Months with their year ("Jan 2026"), or years alone. */
const MONTH_LABEL = /^([A-Z][a-z]{2,3} )?\d{4}$/;

/** A "1 Dec" label as a date this year (or last year, for a December label read in January). */
function dayLabelDate(label: string, near: number): number {
  const thisYear = new Date(`${label} ${new Date(near).getFullYear()}`).getTime();
  return thisYear - near > 180 * DAY_MS ? new Date(`${label} ${new Date(near).getFullYear() - 1}`).getTime() : thisYear;
}

test('one session: the week around it, in days', async ({ page }) => {
  const sessions = generated(1, 1);
  await showHistory(page, sessions);
  const labels = await axisLabels(page);
  console.log(`1 session: ${JSON.stringify(labels)}`);
  for (const [title, drawn] of Object.entries(labels)) {
    expect(drawn.length, title).toBeGreaterThanOrEqual(1);
    for (const label of drawn) {
      expect(label, title).toMatch(DAY_LABEL);
      expect(Math.abs(dayLabelDate(label, sessions[0]!.startedAt) - sessions[0]!.startedAt), `${title}: ${label}`).toBeLessThan(8 * DAY_MS);
    }
  }
  await expect(page.locator('gc-history-view .calendar td.trained:not(.outside)')).toHaveCount(new Date(sessions[0]!.startedAt).getMonth() === new Date().getMonth() ? 1 : 0);
});

test('ten sessions over three weeks: days or weeks spanning them; calendar and trends by exercise', async ({ page }) => {
  const sessions = generated(10, 2.3);
  await showHistory(page, sessions);
  const labels = await axisLabels(page);
  console.log(`10 sessions: ${JSON.stringify(labels)}`);
  const oldest = sessions.at(-1)!.startedAt;
  const newest = sessions[0]!.startedAt;
  for (const [title, drawn] of Object.entries(labels)) {
    expect(drawn.length, title).toBeGreaterThanOrEqual(2);
    for (const label of drawn) {
      expect(label, title).toMatch(DAY_LABEL);
      const date = dayLabelDate(label, newest);
      expect(date, `${title}: ${label}`).toBeGreaterThan(oldest - 8 * DAY_MS);
      expect(date, `${title}: ${label}`).toBeLessThan(newest + 8 * DAY_MS);
    }
  }
  const thisMonth = new Set(sessions.filter((s) => new Date(s.startedAt).getMonth() === new Date().getMonth()).map((s) => new Date(s.startedAt).toDateString()));
  await expect(page.locator('gc-history-view .calendar td.trained:not(.outside)')).toHaveCount(thisMonth.size);
  await expect(page.locator('gc-history-view .trends tbody tr')).toHaveCount(EXERCISES.length);
  // The last twelve weeks, newest first: this week's row counts the days trained since Monday.
  const monday = new Date();
  monday.setHours(0, 0, 0, 0);
  monday.setDate(monday.getDate() - ((monday.getDay() + 6) % 7));
  const thisWeek = new Set(sessions.filter((s) => s.startedAt >= monday.getTime()).map((s) => new Date(s.startedAt).toDateString()));
  const weeks = page.locator('gc-history-view .weeks tbody tr');
  await expect(weeks).toHaveCount(12);
  await expect(weeks.first().locator('td').first()).toHaveText(String(thisWeek.size));

  for (const [name, viewport] of [['laptop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: join(SCREENSHOTS, `history-${name}.png`), fullPage: true });
  }
});

test('300 sessions over two years: months with their years, and no long task over 200 ms while drawing', async ({ page }) => {
  test.setTimeout(120_000);
  const sessions = generated(300, 7 / 3);
  const longestTaskMs = await showHistory(page, sessions);
  const labels = await axisLabels(page);
  console.log(`300 sessions: longest task ${longestTaskMs} ms; ${JSON.stringify(labels)}`);
  expect(longestTaskMs).toBeLessThanOrEqual(MAX_TASK_MS);
  await page.getByRole('button', { name: /Show 50 older sessions \(250 not shown\)/ }).click();
  await expect(page.locator('gc-history-view li.session')).toHaveCount(2 * SESSIONS_PER_PAGE);
  const years = (drawn: string[]) => drawn.map((label) => Number(label.slice(-4)));
  for (const [title, drawn] of Object.entries(labels)) {
    expect(drawn.length, title).toBeGreaterThanOrEqual(3);
    for (const label of drawn) expect(label, title).toMatch(MONTH_LABEL);
    expect(Math.min(...years(drawn)), title).toBeGreaterThanOrEqual(new Date(sessions.at(-1)!.startedAt).getFullYear());
    expect(Math.max(...years(drawn)), title).toBeLessThanOrEqual(new Date().getFullYear());
  }
});
