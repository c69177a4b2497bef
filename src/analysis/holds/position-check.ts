/**
 * A hold's position check from a measurement and an ordered list of conditions: the landmarks it needs must be
 * in the picture and confident, then the first condition that fails is the reason the clock pauses.
 */
import type { AnalysisConfig } from '../config';
import type { Body, Side } from '../pose';
import { CameraSideTracker, landmarkStatus } from '../tracking';
import type { CheckedPosition, Condition, PositionModel, PositionReading } from './hold';

export interface PositionSpec<M> {
  /**
   * `hold`: measured on the side being held (a stretch's leg, a side plank's supporting side); `camera`: on the
   * side that faces the camera (a plank, seen side-on, may face either way).
   */
  side: 'hold' | 'camera';
  /** The landmarks the measurement reads, for the side it is measured on. */
  needed(side: Side): readonly number[];
  measure(body: Body, side: Side): M;
  /** In the order they are said: the most basic (lying, kneeling) first, the refinements after. */
  conditions: readonly Condition<M>[];
}

/** The first condition `m` misses, or null when it meets them all. */
export function firstMiss<M>(conditions: readonly Condition<M>[], m: M): string | null {
  return conditions.find((condition) => !condition.met(m))?.cue ?? null;
}

export function checkedPosition<M>(spec: PositionSpec<M>): CheckedPosition {
  return {
    kind: 'checked',
    create(holdSide: Side, config: AnalysisConfig): PositionModel {
      const cameraSide = spec.side === 'camera' ? new CameraSideTracker(config.tracking) : null;
      return {
        read(body): PositionReading {
          const side = cameraSide?.update(body) ?? holdSide;
          const status = landmarkStatus(body, spec.needed(side), config.tracking);
          if (status !== 'ok') return { status, miss: null };
          const miss = firstMiss(spec.conditions, spec.measure(body, side));
          return { status: miss === null ? 'ok' : 'not-in-position', miss };
        },
      };
    },
  };
}
