/**
 * One hold on one side, frame by frame: smoothing, the hold's position check and its clock. Pure, like the rep
 * analyzer (analyzer.ts): the live coach and the tests feed it frames and read what it says.
 */
import { DEFAULT_CONFIG, type AnalysisConfig } from '../config';
import { bodyOf, type PoseFrame, type Side } from '../pose';
import { FrameSmoother } from '../smoothing';
import type { TrackingStatus } from '../status';
import type { CheckedPosition, HoldDescriptor } from './hold';
import { HoldClock, type HoldClockEvent, type HoldClockState, type HoldPause } from './hold-clock';

/** Why the clock pauses when the landmarks cannot be read at all: the position may be right, but it cannot be seen. */
const UNSEEN: Record<Exclude<TrackingStatus, 'ok' | 'not-in-position'>, string> = {
  'body-not-visible': 'Move back into the picture',
  'low-confidence': 'The camera cannot see you clearly',
};

export interface HoldFrame {
  t: number;
  status: TrackingStatus;
  /** Why this frame is not in position (the check's words, or why it cannot be seen); null in position. */
  miss: string | null;
  state: HoldClockState;
  heldMs: number;
  events: HoldClockEvent[];
}

/** A hold as stored: its side, its target, the time in position and every pause with its reason. */
export interface HoldResult {
  /** The side held where the hold has sides; null otherwise. */
  side: Side | null;
  targetMs: number;
  /** Time in position, ms (the target once reached). */
  heldMs: number;
  /** The first moment in position and the moment it ended (reached, or stopped), on the frames' clock; ms. */
  start: number;
  end: number;
  pauses: HoldPause[];
  /** No camera check (a glute squeeze): the time is the count's, not the position's. */
  guided?: true;
}

export interface HoldAnalyzer {
  push(frame: PoseFrame): HoldFrame;
  /** The hold so far (or as it ended); null while it has not started. */
  result(): HoldResult | null;
  readonly clock: HoldClock;
}

/** The hold as its clock has it: ended where it reached the target, else at the last frame seen. */
export function resultOf(clock: HoldClock, side: Side | null): HoldResult | null {
  if (clock.startedAt === null) return null;
  const end = clock.doneAt ?? clock.lastT;
  return { side, targetMs: clock.targetMs, heldMs: clock.heldMs(), start: clock.startedAt, end, pauses: clock.pauses.map((pause) => ({ ...pause })) };
}

export function createHoldAnalyzer(
  hold: HoldDescriptor<string> & { position: CheckedPosition },
  side: Side | null,
  targetMs = hold.targetMs,
  config: AnalysisConfig = DEFAULT_CONFIG,
): HoldAnalyzer {
  const model = hold.position.create(side ?? 'left', config);
  const smoother = new FrameSmoother(config.smoothing, config.tracking.maxGapMs);
  const clock = new HoldClock(targetMs);
  return {
    clock,
    push(frame) {
      const body = bodyOf(smoother.smooth(frame));
      const reading = body ? model.read(body) : { status: 'body-not-visible' as const, miss: null };
      const miss = reading.status === 'ok' ? null : (reading.miss ?? UNSEEN[reading.status as keyof typeof UNSEEN]);
      const events = clock.update(frame.t, miss);
      return { t: frame.t, status: reading.status, miss, state: clock.state, heldMs: clock.heldMs(frame.t), events };
    },
    result: () => resultOf(clock, side),
  };
}
