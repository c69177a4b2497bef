/**
 * What the cue region shows and for how long: that the set is paused while it waits for the person; the fault
 * of the latest rep while it is fresh; otherwise, in training, why frames do not count, once that has lasted long enough to be more than one bad frame.
 */
import type { Fault, FaultType } from '../../../analysis';
import * as words from '../../../live/coaching-words';
import type { Workout } from '../../../live/workout';
import type { CueKind } from '../../coach-cue/coach-cue';

export interface ShownCue {
  text: string;
  kind: CueKind;
  faults: FaultType[];
}

/** A fault cue stays up this long: long enough to read from the floor after the rep, gone before the next. */
const CUE_SHOW_MS = 5000;
/** Frames that do not count are only mentioned after this long, so one bad frame does not flash a message. */
const FRAMING_GRACE_MS = 1000;

export class CueTiming {
  private fault: { text: string; faults: FaultType[]; until: number } | null = null;

  /** Shows a rep's fault cue for a while, with every fault of the rep highlighted on the skeleton. */
  showFault(cue: string, faults: readonly Fault[]): void {
    this.fault = { text: cue, faults: faults.map((fault) => fault.type), until: performance.now() + CUE_SHOW_MS };
  }

  clear(): void {
    this.fault = null;
  }

  /** The cue now; `training` is the workout while a set is being trained, null otherwise. */
  current(training: Workout | null): ShownCue | null {
    const now = performance.now();
    if (training?.paused) return { text: words.PAUSED_MESSAGE, kind: 'framing', faults: [] };
    if (this.fault && now < this.fault.until) return { text: this.fault.text, kind: 'fault', faults: this.fault.faults };
    if (!training?.update || training.notCountingSince === null) return null;
    if (training.update.t - training.notCountingSince < FRAMING_GRACE_MS) return null;
    return { text: words.framingMessage(training.status, training.plan.exercise), kind: 'framing', faults: [] };
  }
}
