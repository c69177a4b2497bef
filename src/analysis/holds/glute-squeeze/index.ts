/**
 * Glute squeeze: tighten the buttocks hard, hold, relax; the programme's warm-up opens with 10 of them. Nothing
 * a camera sees moves (the pelvis may tilt a few millimetres), so no pose check is possible: the coach counts each
 * squeeze out and says that the camera cannot check it, rather than pretend to.
 */
import { defineHold } from '../hold';

export const gluteSqueeze = defineHold({
  id: 'glute-squeeze',
  name: 'Glute squeezes',
  perSide: false,
  targetMs: 3000, // the usual 2-3 s squeeze (docs: programme.md), its upper end: the warm-up wakes the glutes up
  holds: 10, // the programme's warm-up: 10 glute squeezes
  camera: {
    view: 'side',
    setup: () => ['Lie on your back, knees bent, feet flat, or stand tall: wherever you are comfortable.', 'Squeeze your buttocks on each count, and relax when told.'],
    positionHint: 'Lie on your back or stand tall, and squeeze on the count',
  },
  position: {
    kind: 'guided',
    why: 'The camera cannot see a glute squeeze, so it counts for you: squeeze hard on each count.',
    relax: 'Relax',
    relaxMs: 2000, // long enough to let go fully before the next squeeze
  },
  gentler: {
    title: 'Squeeze more gently',
    how: 'Squeeze only half as hard, and keep breathing through each squeeze.',
  },
  chartColor: '#999999',
});
