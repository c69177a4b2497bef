/**
 * What the after-set screen tells a person on the mat: the set's reps, its best and shortest hold, which
 * faults came on which reps, and the one thing to fix next set (the fault seen on most reps). Pure: built from
 * the set's rep events as they come.
 */
import { faultKind, type Fault, type FaultType, type RepDetail } from '../analysis';

export interface FaultReps {
  type: FaultType;
  label: string;
  /** The rep numbers it was seen on, in order. */
  reps: number[];
}

export interface SetReport {
  set: number;
  reps: number;
  /** Longest and shortest hold at the top, ms; null before the first rep. */
  bestHoldMs: number | null;
  shortestHoldMs: number | null;
  faults: FaultReps[];
  /** The cue of the fault seen on most reps (the earliest on a tie); null for a clean set. */
  fixNext: string | null;
  /** The labels of the checks no rep of the set could be judged on (the camera's angle, a weight hiding the hips). */
  notChecked: string[];
}

export class SetTally {
  private holds: number[] = [];
  private readonly faults = new Map<FaultType, { reps: number[]; cue: string }>();
  private notJudged: readonly FaultType[] = [];

  constructor(readonly set: number) {}

  /** `notJudged`: the checks no rep of the set so far could be judged on (Analyzer.notJudged). */
  add(detail: RepDetail, faults: readonly Fault[], notJudged: readonly FaultType[] = []): void {
    this.holds.push(detail.holdMs);
    this.notJudged = notJudged;
    for (const fault of faults) {
      const seen = this.faults.get(fault.type) ?? { reps: [], cue: fault.cue };
      if (!seen.reps.includes(fault.rep)) seen.reps.push(fault.rep);
      this.faults.set(fault.type, seen);
    }
  }

  report(): SetReport {
    const faults = [...this.faults].map(([type, { reps }]) => ({ type, label: faultKind(type).label, reps }));
    let fixNext: { cue: string; count: number } | null = null;
    for (const { reps, cue } of this.faults.values()) if (!fixNext || reps.length > fixNext.count) fixNext = { cue, count: reps.length };
    return {
      set: this.set,
      reps: this.holds.length,
      bestHoldMs: this.holds.length ? Math.max(...this.holds) : null,
      shortestHoldMs: this.holds.length ? Math.min(...this.holds) : null,
      faults,
      fixNext: fixNext?.cue ?? null,
      notChecked: this.notJudged.map((type) => faultKind(type).label),
    };
  }
}
