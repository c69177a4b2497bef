/** Every sentence the coach shows or speaks, in one place so the wording stays consistent between screen and voice. */
import type { ExerciseId, Side, TrackingStatus } from '../analysis';
import type { EngineInfo, ModelVariant } from '../pose';
import type { ExercisePlan } from './routine';

export const EXERCISE_NAMES: Record<ExerciseId, string> = {
  'glute-bridge': 'Glute bridge',
  'hip-thrust': 'Hip thrust',
  clamshell: 'Clamshell',
};

export function exerciseTitle(exercise: ExerciseId, side: Side): string {
  return exercise === 'clamshell' ? `${EXERCISE_NAMES[exercise]}, ${side} leg` : EXERCISE_NAMES[exercise];
}

/** Where the camera goes: the analysis needs a side view for the hip line and a front view for the knee opening. */
export function cameraPlacement(exercise: ExerciseId, side: Side): string[] {
  if (exercise === 'clamshell') {
    const under = side === 'left' ? 'right' : 'left';
    return [
      'Put the camera on the floor 2 to 3 metres in front of you, facing you.',
      `Lie on your ${under} side facing the camera, knees bent and stacked, so your ${side} leg is on top.`,
      'Head to feet must be in the picture.',
    ];
  }
  const support = exercise === 'hip-thrust' ? 'Upper back on a bench or sofa edge' : 'Lie on your back';
  return [
    'Put the camera on the floor 2 to 3 metres to your side, so it sees you side-on.',
    `${support}, knees bent, feet flat on the floor.`,
    'Shoulders, hips, knees and feet must be in the picture.',
  ];
}

const POSITION_HINTS: Record<ExerciseId, string> = {
  'glute-bridge': 'Lie on your back side-on to the camera, knees bent, feet flat',
  'hip-thrust': 'Upper back on the bench, side-on to the camera, knees bent, feet flat',
  clamshell: 'Lie on your side facing the camera, knees bent and stacked',
};

/** What to fix, for each reason the analysis gives for not counting a frame. */
export function framingMessage(status: TrackingStatus, exercise: ExerciseId): string {
  switch (status) {
    case 'ok':
      return 'Good: hold that position';
    case 'body-not-visible':
      return 'Move so your whole body is in the picture';
    case 'low-confidence':
      return 'The camera cannot see you clearly: add light or bring the camera closer';
    case 'not-in-position':
      return POSITION_HINTS[exercise];
  }
}

/** "3 sets of 12 reps", or with the exercise named when several follow each other. */
export function planSummary(plan: ExercisePlan, named: boolean): string {
  const sets = `${plan.sets} sets of ${plan.targetReps} reps`;
  return named ? `${exerciseTitle(plan.exercise, plan.side)}: ${sets}` : sets;
}

export function holdPrompt(holdTargetMs: number): string {
  return `Squeeze ${Math.round(holdTargetMs / 1000)} s`;
}

export function restAnnouncement(set: number, sets: number, restMs: number): string {
  return `Set ${set} of ${sets} done. Rest ${Math.round(restMs / 1000)} seconds.`;
}

export function setStartAnnouncement(set: number, sets: number): string {
  if (sets === 1) return 'Go.';
  return set === sets ? 'Last set. Go.' : `Set ${set}. Go.`;
}

export function nextExerciseAnnouncement(exercise: ExerciseId, side: Side): string {
  const placement = exercise === 'clamshell' ? 'Turn the camera to face you.' : 'Put the camera at your side.';
  return `Next: ${exerciseTitle(exercise, side)}. ${placement}`;
}

export function painStopAnnouncement(gentlerTitle: string): string {
  return `Stopping here. ${gentlerTitle}.`;
}

/** Which model runs, and on what: "Pose model: lite, chosen for this device · MediaPipe on the CPU". */
export function poseModelSummary(info: EngineInfo, chosenAutomatically: boolean): string {
  const runtime = info.engine === 'tfjs' ? `TensorFlow.js on ${info.tfjsBackend ?? 'its fallback backend'}` : `MediaPipe on the ${info.delegate}`;
  return `Pose model: ${info.variant}${chosenAutomatically ? ', chosen for this device' : ''} · ${runtime}`;
}

export function modelTimingMessage(variant: ModelVariant): string {
  return `Timing the ${variant} model on your camera picture, to pick the one this device runs best.`;
}
