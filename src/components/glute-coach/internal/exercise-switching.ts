/**
 * The offer to switch exercise in <glute-coach>: when the person has clearly been in another exercise's position
 * for a few seconds, doing it (src/live/exercise-switch.ts), the coach says and shows "That looks like Clamshell, left leg.
 * Switch?" (`exercise-suggested`); Switch hands the new exercise to the element, which starts its block
 * (`exercise-switched`); "No" keeps the exercise. Offered only outside a routine: a routine's blocks are its plan,
 * in its order, and the person following it is most likely getting ready for its next block.
 */
import type { ReactiveControllerHost } from 'lit';
import { analyzerOptions, type AnalyzerOptions, type PoseFrame } from '../../../analysis';
import * as words from '../../../live/coaching-words';
import { ExerciseSwitch } from '../../../live/exercise-switch';
import { isHoldPlan, type BlockPlan } from '../../../live/routine';
import { workingSide, type ExercisePlan } from '../../../live/routine';
import type { RoutineSequencer } from '../../../live/routine-sequencer';
import type { VoiceController } from '../../../live/voice-controller';
import type { ExerciseSwitchDetail } from '../events';
import type { EmitCoachEvent } from './workout-reactions';

export interface SwitchTargets {
  host: ReactiveControllerHost;
  emit: EmitCoachEvent;
  speech: VoiceController;
  routine: RoutineSequencer;
  /** Makes `to` the element's exercise and starts its block in place of the one under way. */
  switchTo(to: AnalyzerOptions): void;
}

/** An offer on screen: the exercise coached and the one the person seems to be doing. */
export interface ShownSwitchOffer {
  from: ExercisePlan;
  to: AnalyzerOptions;
}

function switchDetail({ from, to }: ShownSwitchOffer): ExerciseSwitchDetail {
  return { from: { exercise: from.exercise, side: workingSide(from) }, to: { exercise: to.exercise, side: to.side ?? null } };
}

export class ExerciseSwitching {
  private offers: ExerciseSwitch | null = null;

  constructor(private readonly targets: SwitchTargets) {}

  /** A new session: offers for a single exercise, none in a routine or a timed hold. */
  reset(plans: readonly BlockPlan[]): void {
    const only = plans.length === 1 ? plans[0]! : null;
    this.offers = only && !isHoldPlan(only) ? new ExerciseSwitch(analyzerOptions(only.exercise, only.side)) : null;
  }

  /** The offer standing now, or null. */
  get shown(): ShownSwitchOffer | null {
    const to = this.offers?.offered;
    const from = this.targets.routine.workout?.plan;
    return to && from ? { from, to } : null;
  }

  push(pose: PoseFrame): void {
    const { emit, host, routine, speech } = this.targets;
    const change = this.offers?.push(pose, routine.workout?.stage ?? 'done');
    if (!change) return;
    host.requestUpdate();
    const offer = this.shown;
    if (change.type !== 'offered' || !offer) return;
    emit('exercise-suggested', switchDetail(offer));
    speech.say(words.switchQuestion(offer.to.exercise, offer.to.side ?? offer.from.side), 'announcement');
  }

  /** The person's answer: Switch (true) or "No, keep ..." (false). */
  answer(switchExercise: boolean): void {
    const offer = this.shown;
    if (!offer) return;
    this.targets.host.requestUpdate();
    if (!switchExercise) return this.offers!.refuse();
    this.offers!.accept();
    this.targets.switchTo(offer.to);
    this.targets.emit('exercise-switched', switchDetail(offer));
  }
}
