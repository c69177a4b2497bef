/** Every sentence the coach shows or speaks, in one place so the wording stays consistent between screen and voice. */
import { activityById, alternatesLegs, holdById, isHoldId, takesChosenSide, type ActivityId, type ExerciseId, type HoldId, type Side, type TrackingStatus } from '../analysis';
import type { EngineInfo, ModelVariant } from '../pose';
import type { SessionRecord } from '../storage';
import { isHoldPlan, type BlockPlan } from './routine';
import type { RoutineId } from './routine';
import type { StoppedAt } from './workout';

export function exerciseName(exercise: ActivityId): string {
  return activityById(exercise).name;
}

/** The exercise's name, with the working leg where the person chose it (a hold's: the side it is held on). */
export function exerciseTitle(exercise: ActivityId, side: Side): string {
  if (isHoldId(exercise)) return holdById(exercise).perSide ? `${exerciseName(exercise)}, ${side} side` : exerciseName(exercise);
  return takesChosenSide(exercise) ? `${exerciseName(exercise)}, ${side} leg` : exerciseName(exercise);
}

/** Where the camera goes and how to lie: each exercise's view shows what its analysis measures. */
export function cameraPlacement(exercise: ActivityId, side: Side): string[] {
  return activityById(exercise).camera.setup(side);
}

/** What to fix, for each reason the analysis gives for not counting a frame. */
export function framingMessage(status: TrackingStatus, exercise: ActivityId): string {
  switch (status) {
    case 'ok':
      return 'Good: hold that position';
    case 'body-not-visible':
      return 'Move so your whole body is in the picture';
    case 'low-confidence':
      return 'The camera cannot see you clearly: add light or bring the camera closer';
    case 'not-in-position':
      return activityById(exercise).camera.positionHint;
  }
}

/** "3 sets of 12 reps" ("... each leg" where the legs alternate), or with the exercise named when several follow each other. */
export function planSummary(plan: BlockPlan, named: boolean): string {
  const sets = isHoldPlan(plan) ? holdSummary(plan.exercise, plan.holds, plan.targetMs) : `${plan.sets} sets of ${plan.targetReps} reps${alternatesLegs(plan.exercise) ? ' each leg' : ''}`;
  return named ? `${exerciseTitle(plan.exercise, plan.side)}: ${sets}` : sets;
}

/** "2 holds of 30 s each side", "10 squeezes of 3 s". */
function holdSummary(hold: HoldId, holds: number, targetMs: number): string {
  const { perSide, position } = holdById(hold);
  const noun = position.kind === 'guided' ? 'squeeze' : 'hold';
  return `${holds} ${noun}${holds === 1 ? '' : 's'} of ${Math.round(targetMs / 1000)} s${perSide ? ' each side' : ''}`;
}

/** What the summary says was saved: "24 reps saved", "2 holds saved" ("... over 3 exercises (1 skipped)" for a routine). */
export function savedSummary(saved: readonly SessionRecord[], skipped: number): string {
  const reps = saved.reduce((total, session) => total + session.reps, 0);
  const holds = saved.reduce((total, session) => total + session.sets.reduce((sum, set) => sum + (set.holds?.length ?? 0), 0), 0);
  const parts = [...(reps > 0 || holds === 0 ? [`${reps} reps`] : []), ...(holds > 0 ? [`${holds} hold${holds === 1 ? '' : 's'}`] : [])];
  return `${parts.join(' and ')} saved${saved.length > 1 ? ` over ${saved.length} exercises` : ''}${skipped > 0 ? ` (${skipped} skipped)` : ''}.`;
}

/** A count said aloud: "3", or "Left 3" where the legs alternate and each has its own count. */
export function countWords(count: number, leg?: Side): string {
  return leg ? `${leg === 'left' ? 'Left' : 'Right'} ${count}` : String(count);
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

const ROUTINE_TITLES: Record<RoutineId, string> = {
  beginner: "The programme's routine (warm-up, main workout, cool-down)",
  short: 'Short routine (thrust, clamshells, bridge)',
};

export function routineTitle(routine: RoutineId): string {
  return ROUTINE_TITLES[routine];
}

/** What changes from one block of a routine to the next: where the camera goes, and the position to take. */
export interface BlockChange {
  /** The next block's camera placement where the camera moves (another view, or another height); null where it stays. */
  camera: string | null;
  /** How to lie or stand for the next block. */
  position: string;
}

/** The catalogue's set-up steps start with where the camera goes and how to lie or stand (exercise.ts). */
export function blockChange(previous: BlockPlan, next: BlockPlan): BlockChange {
  const [placedBefore] = cameraPlacement(previous.exercise, previous.side);
  const [placement, position] = cameraPlacement(next.exercise, next.side);
  const view = (plan: BlockPlan) => activityById(plan.exercise).camera.view;
  const moves = view(previous) !== view(next) || placedBefore !== placement;
  return { camera: moves ? placement! : null, position: position! };
}

/** Said as a routine moves on: the next block, the camera move where there is one, and the position to take. */
export function nextBlockAnnouncement(next: BlockPlan, change: BlockChange): string {
  const camera = change.camera ? `${CAMERA_MOVE} ${change.camera}` : CAMERA_STAYS;
  return `Next: ${exerciseTitle(next.exercise, next.side)}. ${camera} ${change.position}`;
}

export const CAMERA_MOVE = 'Move the camera.';
const CAMERA_STAYS = 'The camera stays where it is.';

/** Said when the person skips the rest of a routine's block. */
export function skippedAnnouncement(plan: BlockPlan): string {
  return `Skipping ${exerciseTitle(plan.exercise, plan.side)}.`;
}

/** Asked when the person has clearly been in another exercise's position for a few seconds (exercise-switch.ts). */
export function switchQuestion(exercise: ExerciseId, side: Side): string {
  return `That looks like ${exerciseTitle(exercise, side)}. Switch?`;
}

/** The answer that keeps the exercise being coached. */
export function keepExerciseLabel(exercise: ExerciseId, side: Side): string {
  return `No, keep ${exerciseTitle(exercise, side)}`;
}

export function switchedAnnouncement(exercise: ExerciseId, side: Side): string {
  return `Switched to ${exerciseTitle(exercise, side)}.`;
}

/** The summary's title: "Session complete" only when every set was done. */
export function sessionEndTitle(stoppedAt: StoppedAt | null, sets: number): string {
  if (!stoppedAt) return 'Session complete';
  const { stage, set } = stoppedAt;
  if (stage === 'rest') return `Stopped after set ${set} of ${sets}`;
  return stage === 'setup' ? `Stopped before set ${set} of ${sets}` : `Stopped during set ${set} of ${sets}`;
}

/** "3.1 s", for a hold. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "rep 3", "reps 2, 5". */
export function repList(reps: readonly number[]): string {
  return `${reps.length === 1 ? 'rep' : 'reps'} ${reps.join(', ')}`;
}

/**
 * The after-set screen's advice: the one thing to fix, or carry on as you are. `unchecked`: some check could not
 * be judged this set, so a set without faults is not called clean.
 */
export function fixNextSet(cue: string | null, unchecked = false): string {
  if (cue) return `Next set: ${cue}`;
  return unchecked ? 'No fault seen in what the camera could check: keep it like that' : 'Clean set: keep it like that';
}

/** The checks a set or clip could not be judged on, by label: "Not checked from this camera angle: …". */
export function notChecked(labels: readonly string[]): string {
  return `Not checked from this camera angle: ${labels.map((label) => label.toLowerCase()).join(', ')}.`;
}

/** A hold's clock starts: "Hold 30 seconds", with the side where the hold has sides. */
export function holdStartAnnouncement(targetMs: number, side: Side | null): string {
  const hold = `hold ${Math.round(targetMs / 1000)} seconds.`;
  return side ? `${side === 'left' ? 'Left' : 'Right'} side: ${hold}` : `${hold[0]!.toUpperCase()}${hold.slice(1)}`;
}

export const HOLD_RESUMED_ANNOUNCEMENT = 'Back in position.';
export const HOLD_HALFWAY_ANNOUNCEMENT = 'Halfway.';
export const HOLD_DONE_ANNOUNCEMENT = 'Done.';

export function switchSidesAnnouncement(side: Side): string {
  return `Switch sides: ${side} side.`;
}

/** Shown under a hold's clock: the time in position against the target, "12 of 30 s". */
export function holdProgress(heldMs: number, targetMs: number): string {
  return `${Math.floor(heldMs / 1000)} of ${Math.round(targetMs / 1000)} s`;
}

/** Shown while a set waits for the person to come back; said when it starts waiting. */
export const PAUSED_MESSAGE = 'Paused: get back into position';
export const PAUSED_ANNOUNCEMENT = 'Paused. Get back into position to carry on.';
export const RESUMED_ANNOUNCEMENT = 'Carry on.';

/** Where the screen cannot be kept on (no Wake Lock, or refused): how to keep it from locking mid-set. */
export const SCREEN_LOCK_ADVICE =
  'This browser cannot keep the screen on, so it may lock mid-set and stop the camera: set the screen timeout to 5 minutes or more (or keep the phone charging with "stay awake" on) for the session.';

/** Asked before the training view gives the page back in the middle of a session. */
export const LEAVE_QUESTION = 'Leave the training view? The session ends here; every rep so far is saved.';

export function painStopAnnouncement(gentlerTitle: string): string {
  return `Stopping here. ${gentlerTitle}.`;
}

/** Which model runs, and on what: "Pose model: lite, chosen for this device · MediaPipe on the CPU". */
export function poseModelSummary(info: EngineInfo, chosenAutomatically: boolean): string {
  const runtime = info.engine === 'tfjs' ? `TensorFlow.js on ${info.tfjsBackend ?? 'its fallback backend'}` : `MediaPipe on the ${info.delegate}`;
  return `Pose model: ${info.variant}${chosenAutomatically ? ', chosen for this device' : ''} · ${runtime}`;
}

/**
 * What the form checks lose on a model other than full, the one their thresholds are set and proven on. Measured on
 * the shared clips with every model (docs/accuracy.md, "Model agreement"): the box hip thrust's 6 over-arched reps
 * flagged 6 / 3 / 3 times by full / lite / heavy, the clean studio bridge's tops 0 / 0 / 2. No per-model offset
 * fixes it (the models disagree by as much as the margin, differently on each clip), so the person is told.
 */
const FORM_CHECK_CAVEATS: Record<ModelVariant, string | null> = {
  full: null,
  lite: 'Form checks are less sure with the lite model: in testing it flagged 3 of 6 over-arched reps, where the full model flagged all 6.',
  heavy: 'Form checks are less sure with the heavy model: in testing it flagged 3 of 6 over-arched reps and 2 clean ones, where the full model flagged all 6 and none.',
};

export function formCheckCaveat(variant: ModelVariant): string | null {
  return FORM_CHECK_CAVEATS[variant];
}

export function modelTimingMessage(variant: ModelVariant): string {
  return `Timing the ${variant} model on your camera picture, to pick the one this device runs best.`;
}
