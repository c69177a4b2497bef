/**
 * Benchmark page for the <glute-coach> element itself, started with the camera at page load (?model=...).
 * It draws, counts, speaks (muted) and saves like the app; target-reps and sets are at their maximum so the
 * session does not end during a 10-minute soak. Frames come from the element's own counters (frameStats).
 */
import '../../../src/components/glute-coach/glute-coach';
import { BenchRecorder, type BenchEngine } from './bench-probe';

/** How often to look for the first processed frame: the element does not report frames one by one. */
const POLL_MS = 5;

const params = new URLSearchParams(location.search);
/**
 * `press-after`: how long the page waits before it presses Start (ms; 0 by default), as a person reading the
 * page first would. The element loads its model as soon as it is in view, so this measures a start from there.
 */
const pressAfterMs = Number(params.get('press-after') ?? 0);
const coach = document.querySelector('glute-coach')!;
coach.setAttribute('model', params.get('model') ?? 'lite');
const recorder = new BenchRecorder();

function firstProcessedFrame(): Promise<void> {
  return new Promise((resolve) => {
    const poll = setInterval(() => {
      if (coach.frameStats.processed === 0) return;
      clearInterval(poll);
      recorder.markFirstPose();
      resolve();
    }, POLL_MS);
  });
}

async function start(): Promise<BenchEngine> {
  const ready = new Promise<BenchEngine>((resolve, reject) => {
    coach.addEventListener('ready', (event) => resolve({ variant: event.detail.model.variant, delegate: event.detail.model.delegate }));
    coach.addEventListener('error', (event) => reject(new Error((event as CustomEvent<{ message: string }>).detail.message)));
  });
  // Attributes are read at the element's next update, so start() must wait for it.
  await coach.updateComplete;
  if (pressAfterMs > 0) await new Promise((resolve) => setTimeout(resolve, pressAfterMs));
  recorder.mark('start pressed');
  await coach.start();
  recorder.mark('coach ready');
  const engine = await ready;
  await firstProcessedFrame();
  return engine;
}

recorder.expose(start(), () => coach.frameStats);
