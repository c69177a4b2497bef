/**
 * Turns the element's attributes into a checked training setup. Anything an author can mistype is checked
 * here, so the element can show one clear message (and fire `invalid-attribute`) instead of failing later.
 */
import { EXERCISES, HOLD_IDS, holdById, isHoldId, type ActivityId, type HoldId, type Side } from '../../analysis';
import type { BlockPlan, HoldPlan } from '../../live/routine';
import { isModelSetting, MODEL_SETTINGS, type ModelSetting } from '../../live/model-setting';
import { isRoutine, routinePlans, ROUTINES } from '../../live/routine';

export interface RawSettings {
  exercise: string;
  side: string;
  targetReps: number;
  sets: number;
  model: string;
  routine: string | null;
  restSeconds: number;
}

/** The attributes the settings are read from, as the element holds them. */
export function rawSettingsOf(element: Omit<RawSettings, 'restSeconds'> & { rest: number }): RawSettings {
  const { exercise, side, targetReps, sets, model, routine, rest } = element;
  return { exercise, side, targetReps, sets, model, routine, restSeconds: rest };
}

export interface CoachSettings {
  /** One plan per block: one for a single exercise or hold, several for a routine. */
  plans: BlockPlan[];
  model: ModelSetting;
}

export type SettingsCheck = { ok: true; settings: CoachSettings } | { ok: false; attribute: string; message: string };

const LIMITS = {
  'target-reps': { min: 1, max: 100 },
  sets: { min: 1, max: 20 },
  rest: { min: 0, max: 600 },
} as const;

const ACTIVITIES: readonly ActivityId[] = [...EXERCISES, ...HOLD_IDS];

function isActivity(value: string): value is ActivityId {
  return (ACTIVITIES as readonly string[]).includes(value);
}

/**
 * A hold's block from the attributes: `target-reps` is each hold's seconds and `sets` the holds (each side), except
 * for a hold counted out (the glute squeeze), where `target-reps` is the number of squeezes, each its usual length.
 */
function holdPlan(hold: HoldId, side: Side, raw: RawSettings, restMs: number): HoldPlan {
  const { position, targetMs } = holdById(hold);
  if (position.kind === 'guided') return { exercise: hold, side, targetMs, holds: raw.targetReps, restMs };
  return { exercise: hold, side, targetMs: raw.targetReps * 1000, holds: raw.sets, restMs };
}

function isSide(value: string): value is Side {
  return value === 'left' || value === 'right';
}

function oneOf(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

function invalid(attribute: string, value: unknown, expected: string): SettingsCheck {
  return { ok: false, attribute, message: `${attribute}="${String(value)}" is not valid: use ${expected}.` };
}

function outOfRange(raw: RawSettings): SettingsCheck | null {
  const values = { 'target-reps': raw.targetReps, sets: raw.sets, rest: raw.restSeconds };
  for (const [attribute, { min, max }] of Object.entries(LIMITS)) {
    const value = values[attribute as keyof typeof values];
    if (!Number.isInteger(value) || value < min || value > max) return invalid(attribute, value, `a whole number from ${min} to ${max}`);
  }
  return null;
}

export function checkSettings(raw: RawSettings): SettingsCheck {
  if (!isActivity(raw.exercise)) return invalid('exercise', raw.exercise, oneOf(ACTIVITIES));
  if (!isSide(raw.side)) return invalid('side', raw.side, oneOf(['left', 'right']));
  if (!isModelSetting(raw.model)) return invalid('model', raw.model, oneOf(MODEL_SETTINGS));
  if (raw.routine !== null && !isRoutine(raw.routine)) return invalid('routine', raw.routine, oneOf(ROUTINES));
  const range = outOfRange(raw);
  if (range) return range;
  const restMs = raw.restSeconds * 1000;
  const { exercise, side } = raw;
  const plans: BlockPlan[] = raw.routine
    ? routinePlans(raw.routine, restMs)
    : [isHoldId(exercise) ? holdPlan(exercise, side, raw, restMs) : { exercise, side, targetReps: raw.targetReps, sets: raw.sets, restMs }];
  return { ok: true, settings: { plans, model: raw.model } };
}
