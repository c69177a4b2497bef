/**
 * Faults judged while the top is still held, so the cue comes while it can still help ("ribs down" once the
 * hips are back down is too late). The rep's record keeps the judgement over its whole held top, made when
 * it ends; this only says when a fault is already sure.
 */
import type { AnalysisConfig } from './config';
import type { Sample } from './exercise-model';
import { faultsAtTop, type FaultCheck } from './faults';
import type { OpenRep } from './rep-counter';
import { topOfRep } from './top-of-rep';
import type { Fault, FaultType } from './types';

export class HeldFaultWatch {
  private rep = 0;
  private readonly told = new Set<FaultType>();

  constructor(
    private readonly checks: readonly FaultCheck<FaultType>[],
    private readonly config: AnalysisConfig,
  ) {}

  /** The faults that became sure on this frame of the open rep (each once per rep). */
  check(open: Readonly<OpenRep<Sample>> | null): Fault[] {
    if (!open) return [];
    if (open.rep !== this.rep) {
      this.rep = open.rep;
      this.told.clear();
    }
    // Every fault of this rep already told: nothing left to judge on the frames still to come.
    if (this.told.size === this.checks.length) return [];
    const top = topOfRep(open.samples, this.config.holdToleranceDeg);
    if (!top || top.holdMs < this.config.heldFaultAfterMs) return [];
    const sure = faultsAtTop(this.checks, open.rep, open.startSample, top, open.samples).filter((fault) => !this.told.has(fault.type));
    for (const fault of sure) this.told.add(fault.type);
    return sure;
  }
}
