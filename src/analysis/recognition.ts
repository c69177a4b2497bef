/**
 * Which of the catalogue's exercises a person is doing, from the pose alone: every exercise's own analysis runs
 * on the same frames, and the one whose position gate holds the person for the most frames is the exercise,
 * one that counts reps before one that does not (exercises that share a position, such as a bridge and a march
 * from it, differ in the movement). Nobody in any exercise's position for long enough: none.
 */
import { createAnalyzer, type Analyzer } from './analyzer';
import { analyzerOptions, EXERCISES, takesChosenSide } from './exercises/catalogue';
import type { PoseFrame, Side } from './pose';
import { PositionWindow } from './position-window';
import type { AnalyzerOptions, Summary } from './types';

export interface Recognition {
  options: AnalyzerOptions;
  /** Share of the frames with a body that were in this exercise's position (how sure the recognition is). */
  inPositionShare: number;
  reps: number;
}

export const RECOGNITION = {
  // Measured on the 15 shared clips (MediaPipe full): a positive clip is in its own exercise's position on 0.63-1.00
  // of its frames with a body (the barbell thrust's cuts and close-up: 0.63; the frog pump, kept out by the
  // bridge's head check, 0); a clip in another exercise's position at most 0.02.
  minInPositionShare: 0.3, // half the lowest positive, fifteen times the highest negative
  // Without a rep counted, the position alone must hold most of the time: kneeling on all fours between a bird
  // dog's reaches is a donkey kick's start on 0.37 of its frames, while the barbell thrust, whose plate hides every
  // rep, lies in the thrust's position on 0.63.
  minInPositionShareWithoutReps: 0.5,
};

const SIDES: readonly Side[] = ['left', 'right'];

/** Every way the catalogue can analyse a recording: each exercise, on each working leg where the person chooses it. */
export function everyExerciseOption(): AnalyzerOptions[] {
  return EXERCISES.flatMap((exercise) => (takesChosenSide(exercise) ? SIDES : SIDES.slice(0, 1)).map((side) => analyzerOptions(exercise, side)));
}

const inPositionShare = (summary: Summary): number => (summary.framesWithPose > 0 ? summary.framesInPosition / summary.framesWithPose : 0);

/**
 * Every way the catalogue can analyse a recording, run side by side on its frames as they come (a clip's, while
 * the pose model works on the next one); `ranked` then says how likely each one is.
 */
export class ExerciseRecogniser {
  private readonly tried = everyExerciseOption().map((options) => ({ options, analyzer: createAnalyzer(options) }));

  push(frame: PoseFrame): void {
    for (const { analyzer } of this.tried) analyzer.push(frame);
  }

  /** Every option, the most likely first: one that counts reps before one that does not, then by the share in position. Ends the analyses. */
  ranked(): Recognition[] {
    const tried = this.tried.map(({ options, analyzer }) => {
      const summary = analyzer.finish();
      return { options, inPositionShare: inPositionShare(summary), reps: summary.reps };
    });
    return tried.sort((a, b) => Number(b.reps > 0) - Number(a.reps > 0) || b.inPositionShare - a.inPositionShare);
  }
}

/** The person held this exercise's position long enough for it to be the one they are doing. */
export function isRecognised(candidate: Recognition): boolean {
  return candidate.inPositionShare >= (candidate.reps > 0 ? RECOGNITION.minInPositionShare : RECOGNITION.minInPositionShareWithoutReps);
}

/** The exercise of a whole recording, or null when the person is in none of the catalogue's positions. */
export function recogniseSequence(frames: readonly PoseFrame[]): Recognition | null {
  const recogniser = new ExerciseRecogniser();
  for (const frame of frames) recogniser.push(frame);
  return recogniser.ranked().find(isRecognised) ?? null;
}

/** How sure the live watch must be before it says the person is in another exercise. */
export const SWITCH_WATCH = {
  windowMs: 3000, // "a few seconds": longer than getting up from one position and into the next
  maxCurrentShare: 0.2, // the chosen exercise's position held at most this share of the window...
  minOtherShare: 0.8, // ...and another's at least this: clearly set up for it, not passing through
  // ...and doing it: one of its reps counted this recently (two slow reps with their holds). A position alone is
  // not enough: standing still is the standing exercises' position (3 s of it read as a Romanian deadlift), and
  // resting on the back or side, or on all fours on the way up, is a floor exercise's.
  repWithinMs: 10_000,
  // Every exercise's analysis on a frame costs 0.5-1 ms on the 2-core test machine (25 times the coach's own
  // analysis; a phone is slower still), so the watch reads at most about 10 frames a second (a 30 fps camera:
  // every 3rd; 15 fps: every 2nd). Its question takes seconds: 27-30 frames in the window still resolve the shares
  // to 4%, well inside 0.2 and 0.8, and the analyses' smoothing and timers run on the frames' times.
  minSampleGapMs: 90,
};

/**
 * Live: alongside the chosen exercise, watches whether the person has clearly been in another exercise's position
 * for the last few seconds, doing it ("That looks like clamshells, left leg. Switch?"). Runs every catalogue exercise's
 * analysis on the frames it reads (SWITCH_WATCH.minSampleGapMs apart); each one's share of the window is counted
 * as frames come and go.
 */
/** One exercise the switch watch runs: its analysis, its reps so far and when it last counted one. */
interface Watched {
  options: AnalyzerOptions;
  analyzer: Analyzer;
  reps: number;
  lastRepT: number;
}

export class SwitchWatch {
  private readonly watched: Watched[];
  private readonly recent: PositionWindow;
  /** Where the chosen exercise is among the watched ones (-1 if the catalogue does not have it). */
  private readonly currentIndex: number;
  private lastRead: { t: number; other: AnalyzerOptions | null } | null = null;

  /** `minSampleGapMs` 0 reads every frame. */
  constructor(
    current: AnalyzerOptions,
    private readonly minSampleGapMs = SWITCH_WATCH.minSampleGapMs,
  ) {
    this.watched = everyExerciseOption().map((options) => ({ options, analyzer: createAnalyzer(options), reps: 0, lastRepT: -Infinity }));
    this.recent = new PositionWindow(this.watched.length, SWITCH_WATCH.windowMs);
    this.currentIndex = this.watched.findIndex(({ options }) => sameOptions(options, current));
  }

  /** The exercise the person has clearly switched to, or null; a frame too soon after the last one read keeps its answer. */
  push(frame: PoseFrame): AnalyzerOptions | null {
    if (this.lastRead && frame.t - this.lastRead.t < this.minSampleGapMs) return this.lastRead.other;
    this.recent.add(frame.t, this.watched.map((watched) => this.read(watched, frame)));
    this.lastRead = { t: frame.t, other: this.otherExercise(frame.t) };
    return this.lastRead.other;
  }

  /** Share of the window in the chosen exercise's position: above SWITCH_WATCH.maxCurrentShare, the person is back in it. */
  get currentShare(): number {
    return this.currentIndex >= 0 ? this.recent.share(this.currentIndex) : 0;
  }

  /** One exercise's analysis of the frame: whether the person is in its position; notes when it counts a rep. */
  private read(watched: Watched, frame: PoseFrame): boolean {
    const update = watched.analyzer.push(frame);
    if (update.repCount > watched.reps) watched.lastRepT = frame.t;
    watched.reps = update.repCount;
    return update.status === 'ok';
  }

  private otherExercise(t: number): AnalyzerOptions | null {
    if (this.recent.coveredMs < SWITCH_WATCH.windowMs * 0.9) return null; // not a whole window seen yet
    if (this.currentShare > SWITCH_WATCH.maxCurrentShare) return null;
    const other = this.watched.find(
      ({ lastRepT }, i) => i !== this.currentIndex && this.recent.share(i) >= SWITCH_WATCH.minOtherShare && t - lastRepT <= SWITCH_WATCH.repWithinMs,
    );
    return other?.options ?? null;
  }
}

/** The same exercise, on the same leg where the leg is chosen (elsewhere a side given is only a default). */
const sameOptions = (a: AnalyzerOptions, b: AnalyzerOptions): boolean =>
  a.exercise === b.exercise && (!takesChosenSide(a.exercise) || a.side === b.side);
