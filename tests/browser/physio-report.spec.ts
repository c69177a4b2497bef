/**
 * The physio report, in the app: a period's sessions with the exercises against their targets, faults, the pain
 * diary and the safety answer; it prints (Chromium's print-to-PDF) without the app's controls, says nothing is
 * sent, and makes no request to another origin. Screenshots at laptop and phone sizes and the PDF go to
 * test-results/screenshots/.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { EXPORT_FORMAT, EXPORT_VERSION, type SafetyAnswer } from '../../src/storage';
import { foreignRequests, recordRequests } from './support/app-rig';
import { REPO_ROOT } from './support/coach-support';
import { DAY_MS, sampleRecord } from './support/storage-fixtures';

const SCREENSHOTS = join(REPO_ROOT, 'test-results', 'screenshots');

test('prints the chosen period: sessions, targets, faults, pain and safety, and sends nothing', async ({ page, context, baseURL }) => {
  const requests = recordRequests(context);
  const now = Date.now();
  const inPeriod = [2, 5, 9].map((daysAgo, index) => ({
    ...sampleRecord(`recent-${index}`, index === 1 ? 'hip-thrust' : 'glute-bridge', now - daysAgo * DAY_MS, 9),
    painBefore: 4,
    painAfter: 2,
  }));
  const older = sampleRecord('older', 'clamshell', now - 60 * DAY_MS, 7);
  const safety: SafetyAnswer = { answeredAt: now - 10 * DAY_MS, flags: ['leg-pain'], acknowledged: true };
  await page.goto('/#report');
  await page.evaluate(async ([module, text]) => {
    const { openSessionStore } = (await import(module)) as typeof import('../../src/storage');
    const store = await openSessionStore();
    await store.clear();
    const result = await store.importJson(text);
    store.close();
    if (!result.ok) throw new Error(result.errors.join('; '));
  }, ['/src/storage/index.ts', JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, sessions: [...inPeriod, older], safety })] as const);
  await page.reload();

  const report = page.locator('gc-app gc-physio-report');
  await expect(report.locator('tr.session')).toHaveCount(inPeriod.length);
  await expect(report).toContainText('Nothing is sent anywhere');
  await expect(report).toContainText('3 sessions');
  await expect(report.locator('tbody tr', { hasText: 'Glute bridge' }).first()).toContainText('18 of 60');
  await expect(report).toContainText('Lower back arched: 6 reps (33%)');
  await expect(report).toContainText('back pain 4 → 2');
  await expect(report).toContainText('Pain that shoots down your leg');
  await expect(report).not.toContainText('Clamshell');

  // A longer period takes the older session in.
  await report.locator('input[name=from]').fill(new Date(now - 90 * DAY_MS).toISOString().slice(0, 10));
  await report.locator('input[name=from]').dispatchEvent('change');
  await expect(report.locator('tr.session')).toHaveCount(inPeriod.length + 1);

  await page.emulateMedia({ media: 'print' });
  await expect(report.locator('.controls')).toBeHidden();
  await expect(page.locator('gc-app nav')).toBeHidden();
  const pdf = await page.pdf({ path: join(SCREENSHOTS, 'report.pdf'), format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  console.log(`report.pdf: ${pdf.length} bytes`);
  await page.screenshot({ path: join(SCREENSHOTS, 'report-laptop.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ media: 'screen' });
  await page.screenshot({ path: join(SCREENSHOTS, 'report-phone.png'), fullPage: true });

  expect(foreignRequests(requests, baseURL!)).toEqual([]);
});
