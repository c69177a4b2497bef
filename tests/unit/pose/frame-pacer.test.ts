/**
 * The frame pacer against a simulated live loop: a 30 fps camera, the page sending the frames the pacer wants, and
 * a worker that behaves as workers/latest-frame.ts does (it runs one frame; frames that arrive meanwhile wait, the
 * newest replacing the others, and the newest runs as soon as the model is free; a result and the replaced frames'
 * nulls reach the page a moment later). Compared with sending every frame, as the loop did before the pacer.
 */
import { describe, expect, it } from 'vitest';
import { FramePacer } from '../../../src/pose/frame-pacer';

const CAMERA_INTERVAL_MS = 1000 / 30;
/** Page to worker and back: a bitmap's transfer and a result's. */
const MESSAGE_MS = 1;
const SECONDS = 20;

interface Outcome {
  sent: number;
  analysed: number;
  /** How old the camera frame was when the model began on it, at most. */
  maxAgeAtStartMs: number;
  /** Time the model sat idle after its first run. */
  idleMs: number;
}

/** A seeded generator, so the jittered runs are the same on every run of the test. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function simulate(runMs: () => number, paced: boolean): Outcome {
  const pacer = new FramePacer();
  type Event = { at: number; order: number; act: () => void };
  const events: Event[] = [];
  let order = 0;
  const at = (time: number, act: () => void) => events.push({ at: time, order: order++, act });

  let waiting: number | null = null; // capture time of the frame waiting in the worker
  let busy = false;
  let idleSince: number | null = null;
  const outcome: Outcome = { sent: 0, analysed: 0, maxAgeAtStartMs: 0, idleMs: 0 };

  const startNewest = (now: number) => {
    if (waiting === null) {
      busy = false;
      idleSince = now;
      return;
    }
    const captured = waiting;
    waiting = null;
    busy = true;
    if (idleSince !== null && outcome.analysed > 0) outcome.idleMs += now - idleSince;
    idleSince = null;
    outcome.maxAgeAtStartMs = Math.max(outcome.maxAgeAtStartMs, now - captured);
    const ms = runMs();
    at(now + ms, () => {
      outcome.analysed++;
      at(now + ms + MESSAGE_MS, () => pacer.answered(now + ms + MESSAGE_MS, ms));
      startNewest(now + ms);
    });
  };
  const arrive = (now: number, captured: number) => {
    if (waiting !== null) at(now + MESSAGE_MS, () => pacer.answered(now + MESSAGE_MS, null));
    waiting = captured;
    if (!busy) startNewest(now);
  };

  for (let frame = 0; frame * CAMERA_INTERVAL_MS < SECONDS * 1000; frame++) {
    const captured = frame * CAMERA_INTERVAL_MS;
    at(captured, () => {
      if (paced && !pacer.wants(captured)) return;
      pacer.sent(captured);
      outcome.sent++;
      at(captured + MESSAGE_MS, () => arrive(captured + MESSAGE_MS, captured));
    });
  }
  while (events.length > 0) {
    events.sort((a, b) => a.at - b.at || a.order - b.order);
    const next = events.shift()!;
    if (next.at > SECONDS * 1000) break;
    next.act();
  }
  return outcome;
}

describe('FramePacer', () => {
  it('sends every frame while the model keeps up with the camera', () => {
    const paced = simulate(() => 20, true);
    expect(paced.sent).toBe(simulate(() => 20, false).sent);
    expect(paced.analysed).toBe(paced.sent);
  });

  for (const [name, modelMs] of [
    ['full on a slow laptop', 84],
    ['heavy', 290],
  ] as const) {
    it(`where the model is slower than the camera (${name}, ${modelMs} ms), sends few frames it would drop, and loses no run`, () => {
      const all = simulate(() => modelMs, false);
      const paced = simulate(() => modelMs, true);
      console.log(`${modelMs} ms: every frame sent ${all.sent} for ${all.analysed} runs; paced ${paced.sent} for ${paced.analysed}, idle ${paced.idleMs.toFixed(0)} ms, oldest frame at a start ${paced.maxAgeAtStartMs.toFixed(0)} ms`);
      expect(paced.analysed).toBeGreaterThanOrEqual(all.analysed - 1);
      // The pacer sends the frames of the run's last 1.5 camera intervals: one or two a run.
      expect(paced.sent / paced.analysed).toBeLessThanOrEqual(2);
      expect(all.sent / all.analysed).toBeGreaterThan(2.4);
      // The frame the model starts on is never much older than with every frame sent: at most one camera interval and the safety.
      expect(paced.maxAgeAtStartMs).toBeLessThanOrEqual(1.5 * CAMERA_INTERVAL_MS + 2 * MESSAGE_MS);
    });
  }

  it('with run times that vary by a third either way, still loses next to no model time', () => {
    const jitter = (seed: number) => {
      const next = random(seed);
      return () => 84 * (2 / 3 + (2 / 3) * next());
    };
    const all = simulate(jitter(7), false);
    const paced = simulate(jitter(7), true);
    console.log(`84 ms +-33%: every frame ${all.sent} sent for ${all.analysed} runs; paced ${paced.sent} for ${paced.analysed}, idle ${paced.idleMs.toFixed(0)} ms`);
    expect(paced.analysed).toBeGreaterThanOrEqual(0.95 * all.analysed);
    expect(paced.idleMs).toBeLessThan(0.03 * SECONDS * 1000);
    expect(paced.sent).toBeLessThan(0.8 * all.sent);
  });
});
