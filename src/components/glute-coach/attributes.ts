/**
 * Turns the element's attributes into a checked training setup. Anything an author can mistype is checked
 * here, so the element can show one clear message (and fire `invalid-attribute`) instead of failing later.
 */
import { EXERCISES, type ExerciseId, type Side } from '../../analysis';
import { isModelSetting, MODEL_SETTINGS, type ModelSetting } from '../../live/model-setting';
import { isRoutine, routinePlans, ROUTINES, type ExercisePlan } from '../../live/routine';

export interface RawSettings {
  exercise: string;
  side: string;
  targetReps: number;
  sets: number;
  model: string;
  routine: string | null;
  restSeconds: number;
}

export interface CoachSettings {
  /** One plan per exercise block: one for a single exercise, several for a routine. */
  plans: ExercisePlan[];
  model: ModelSetting;
}

export type SettingsCheck = { ok: true; settings: CoachSettings } | { ok: false; attribute: string; message: string };

const LIMITS = {
  'target-reps': { min: 1, max: 100 },
  sets: { min: 1, max: 20 },
  rest: { min: 0, max: 600 },
} as const;

function isExercise(value: string): value is ExerciseId {
  return (EXERCISES as readonly string[]).includes(value);
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
  if (!isExercise(raw.exercise)) return invalid('exercise', raw.exercise, oneOf(EXERCISES));
  if (!isSide(raw.side)) return invalid('side', raw.side, oneOf(['left', 'right']));
  if (!isModelSetting(raw.model)) return invalid('model', raw.model, oneOf(MODEL_SETTINGS));
  if (raw.routine !== null && !isRoutine(raw.routine)) return invalid('routine', raw.routine, oneOf(ROUTINES));
  const range = outOfRange(raw);
  if (range) return range;
  const restMs = raw.restSeconds * 1000;
  const plans = raw.routine
    ? routinePlans(raw.routine, restMs)
    : [{ exercise: raw.exercise, side: raw.side, targetReps: raw.targetReps, sets: raw.sets, restMs }];
  return { ok: true, settings: { plans, model: raw.model } };
}
