/**
 * The over-arch cue comes while it can still help: with the hip-thrust clip (over-arched at every top) as the
 * camera, <glute-coach> says "Ribs down" while the hips are still up, before the rep is over, not after it.
 */
import { expect, test } from '@playwright/test';
import type { SessionRecord } from '../../src/storage';
import { readCoachLog, startCoach, useFakeCameraRig, waitForCoachEvent } from './support/coach-support';

const rig = useFakeCameraRig('hip-thrust-side-box.mp4');

interface Spoken {
  text: string;
  at: number;
}

test('the over-arch cue is spoken while the hips are still at the top', async () => {
  test.setTimeout(150_000);
  const page = await rig.browser.newPage();
  // Keep what the coach says, and when, instead of saying it.
  await page.addInitScript(() => {
    const spoken: Spoken[] = [];
    Object.assign(window, { spoken });
    speechSynthesis.speak = (utterance) => void spoken.push({ text: utterance.text, at: performance.now() });
  });
  await page.goto(`${rig.server.origin}/tests/browser/harness/coach-screen.html`);
  await startCoach(page, { exercise: 'hip-thrust', model: 'full', voice: '', 'skip-setup': '', 'target-reps': '30', sets: '1' });
  expect((await waitForCoachEvent(page, ['ready', 'error'], 90_000)).type).toBe('ready');
  await expect.poll(async () => (await readCoachLog(page)).filter((e) => e.type === 'rep').length, { timeout: 90_000 }).toBeGreaterThanOrEqual(5);
  await page.evaluate(() => document.querySelector('glute-coach')!.stop());
  await waitForCoachEvent(page, ['session-end']);

  const log = await readCoachLog(page);
  const record = log.find((e) => e.type === 'session-end')!.detail as unknown as SessionRecord;
  const reps = record.sets.flatMap((set) => set.reps);
  const repEventAt = new Map(log.filter((e) => e.type === 'rep').map((e) => [e.detail.rep as number, e.at]));
  const cues = (await page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken)).filter((s) => s.text.startsWith('Ribs down'));
  console.log(`over-arch cues at ${cues.map((c) => Math.round(c.at)).join(', ')}; reps ${reps.map((r) => `${r.rep}: ${Math.round(r.start)}-${Math.round(r.top)}-${Math.round(r.end)}`).join(', ')}`);

  // Cues are spoken at most every 6 s, so not on every rep; each one must fall inside a rep, before it ended.
  expect(cues.length).toBeGreaterThanOrEqual(2);
  for (const cue of cues) {
    const rep = reps.find((r) => r.start < cue.at && cue.at < r.end);
    expect(rep, `cue at ${Math.round(cue.at)} ms falls while a rep's hips are up`).toBeDefined();
    expect(rep!.faults).toContain('lumbar-overarch');
    expect(cue.at).toBeLessThan(repEventAt.get(rep!.rep)!);
  }
  await page.close();
});
