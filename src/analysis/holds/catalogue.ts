/**
 * Every timed hold the coach knows, in the programme's order (warm-up squeezes, the core holds, the cool-down
 * stretches). Holds are a kind of their own beside the rep exercises (exercises/catalogue.ts): timed, not counted,
 * and kept out of recognition and the rep evaluation.
 */
import type { Side } from '../pose';
import { figureFourStretch } from './figure-four-stretch';
import { gluteSqueeze } from './glute-squeeze';
import { hamstringStretch } from './hamstring-stretch';
import { hipFlexorStretch } from './hip-flexor-stretch';
import type { HoldDescriptor } from './hold';
import { plank } from './plank';
import { sidePlank } from './side-plank';

export const HOLDS = [gluteSqueeze, plank, sidePlank, hipFlexorStretch, hamstringStretch, figureFourStretch] as const;

export type HoldId = (typeof HOLDS)[number]['id'];

export const HOLD_IDS: readonly HoldId[] = HOLDS.map((hold) => hold.id);

export function isHoldId(value: unknown): value is HoldId {
  return (HOLD_IDS as readonly unknown[]).includes(value);
}

export function holdById(id: HoldId): HoldDescriptor<HoldId> {
  const hold = HOLDS.find((candidate) => candidate.id === id);
  if (!hold) throw new Error(`No hold "${id}" in the catalogue`);
  return hold;
}

/** The sides a block of this hold runs, in order: left then right where it has sides, else one side-less run. */
export function holdSides(id: HoldId): readonly (Side | null)[] {
  return holdById(id).perSide ? ['left', 'right'] : [null];
}
