/**
 * The offer to switch exercise: when the person has clearly been in another exercise's position for a few seconds,
 * doing it (the analysis core's SwitchWatch), the coach asks "That looks like Clamshell, left leg. Switch?". Pure logic,
 * driven by pose frames and the workout's stage; the element shows, says and carries out the answer.
 */
import { SWITCH_WATCH, SwitchWatch, type AnalyzerOptions, type ExerciseId, type PoseFrame } from '../analysis';
import type { WorkoutStage } from './workout';

/**
 * After a "no", the same exercise is not offered again for this long: about one whole block (3 sets of 12-15
 * reps at 2-3 s each, with 45 s rests between them, is 4-5 minutes). A wrong guess comes from how this person
 * and this camera look, which stays so for the block, so asking again within it would nag; a person who really
 * moves on to that exercise later in the session is offered it again.
 */
export const REFUSED_FOR_MS = 5 * 60_000;

export type SwitchOfferChange = { type: 'offered'; to: AnalyzerOptions } | { type: 'withdrawn' };

/**
 * In setup (the person is in another exercise's position rather than the chosen one's: the offer is the help the
 * framing hint cannot give) and during a set; not in a rest, where a person stretches and moves about.
 */
const OFFERED_IN: readonly WorkoutStage[] = ['setup', 'training'];

export class ExerciseSwitch {
  /** The exercise offered now; null while none is. */
  offered: AnalyzerOptions | null = null;
  private watch: SwitchWatch;
  /** Until when (frame clock) each refused exercise is not offered again. */
  private readonly refusedUntil = new Map<ExerciseId, number>();
  private lastT = 0;

  constructor(current: AnalyzerOptions) {
    this.watch = new SwitchWatch(current);
  }

  /** Watches a frame; says when an offer comes up, or goes because it no longer fits (back in the chosen exercise, a rest). */
  push(frame: PoseFrame, stage: WorkoutStage): SwitchOfferChange | null {
    this.lastT = frame.t;
    const other = this.watch.push(frame);
    if (this.offered) return this.stillFits(stage) ? null : this.withdraw();
    if (!other || !OFFERED_IN.includes(stage) || frame.t < (this.refusedUntil.get(other.exercise) ?? -Infinity)) return null;
    this.offered = other;
    return { type: 'offered', to: other };
  }

  /** "No": the exercise stays, and this one is not offered again for REFUSED_FOR_MS. */
  refuse(): void {
    if (!this.offered) return;
    this.refusedUntil.set(this.offered.exercise, this.lastT + REFUSED_FOR_MS);
    this.offered = null;
  }

  /** "Switch": the offered exercise, from now on the one the watch compares with; null when nothing was offered. */
  accept(): AnalyzerOptions | null {
    const to = this.offered;
    if (!to) return null;
    this.offered = null;
    this.watch = new SwitchWatch(to);
    return to;
  }

  private stillFits(stage: WorkoutStage): boolean {
    return OFFERED_IN.includes(stage) && this.watch.currentShare <= SWITCH_WATCH.maxCurrentShare;
  }

  private withdraw(): SwitchOfferChange {
    this.offered = null;
    return { type: 'withdrawn' };
  }
}
