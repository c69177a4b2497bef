/**
 * What <glute-coach> does as its workout moves on: each WorkoutEvent (and a hold block's HoldEvent) becomes the element's DOM events, spoken
 * words and tones (a fault's cue as soon as it is sure at the top, else when its rep ends), and writes to the
 * history; the end of a block saves it and moves the routine on. "Stop: it hurts" is recorded here too.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Fault } from '../../../analysis';
import type { CoachLifecycle } from '../../../live/coach-lifecycle';
import * as words from '../../../live/coaching-words';
import type { HoldBlock, HoldEvent } from '../../../live/hold-block';
import type { BlockPlan } from '../../../live/routine';
import { workingSide, type ExercisePlan } from '../../../live/routine';
import type { RoutineSequencer } from '../../../live/routine-sequencer';
import type { SessionRecorder } from '../../../live/session-recorder';
import { SetTally, type SetReport } from '../../../live/set-report';
import type { VoiceController } from '../../../live/voice-controller';
import type { Workout, WorkoutEvent } from '../../../live/workout';
import { painStopAt, type SessionRecord } from '../../../storage';
import { gentlerVariant, type GentlerVariant } from '../../stop-button';
import type { GluteCoachEventDetails } from '../events';
import type { CueTiming } from './cue-timing';

const cueKey = (fault: Fault) => `${fault.rep}:${fault.type}`;

export type EmitCoachEvent = <Name extends keyof GluteCoachEventDetails>(name: Name, detail: GluteCoachEventDetails[Name]) => void;

/** What the reactions act on; all of it belongs to the element. */
export interface ReactionTargets {
  host: ReactiveControllerHost;
  emit: EmitCoachEvent;
  speech: VoiceController;
  recorder: SessionRecorder;
  lifecycle: CoachLifecycle;
  routine: RoutineSequencer;
  cues: CueTiming;
}

export class WorkoutReactions {
  /** The blocks saved since the last start, for the summary. */
  saved: SessionRecord[] = [];
  /** Set when the person stopped because it hurt: the summary then suggests this instead. */
  gentler: GentlerVariant | null = null;
  /** Settles once the block that ended last is saved and the routine has moved on. */
  ending: Promise<void> = Promise.resolve();
  /** Faults of this set already cued while their rep's top was held ("rep:type"): not said again at its end. */
  private readonly cuedWhileHeld = new Set<string>();
  /** The set under way, or the last one once it is over (the rest and the summary report it). */
  private tally: SetTally | null = null;
  /** The block that takes over once the one under way has ended, when the person switched exercise. */
  private switchedTo: ExercisePlan | null = null;

  constructor(private readonly targets: ReactionTargets) {}

  /** A new start: nothing saved yet, no pain stop. */
  reset(): void {
    this.saved = [];
    this.gentler = null;
    this.tally = null;
    this.switchedTo = null;
    this.targets.host.requestUpdate();
  }

  react(event: WorkoutEvent | HoldEvent): void {
    const { speech } = this.targets;
    switch (event.type) {
      case 'training-started':
        return this.targets.routine.hold ? this.onHoldTrainingStarted(this.targets.routine.hold, event.set) : this.onTrainingStarted(event.set);
      case 'guided':
        return speech.say(event.why, 'announcement');
      case 'guided-count':
        return speech.say(event.words, 'count');
      case 'hold-started':
        speech.tone('go');
        return speech.say(words.holdStartAnnouncement(event.targetMs, event.side), 'announcement');
      case 'hold-paused':
        return speech.say(event.reason, 'cue');
      case 'hold-resumed':
        return speech.say(words.HOLD_RESUMED_ANNOUNCEMENT, 'announcement');
      case 'hold-halfway':
        return speech.say(words.HOLD_HALFWAY_ANNOUNCEMENT, 'announcement');
      case 'hold-countdown':
        return speech.say(String(event.secondsLeft), 'count');
      case 'hold-done':
        return this.onHoldDone(event);
      case 'switch-sides':
        return speech.say(words.switchSidesAnnouncement(event.side), 'announcement');
      case 'round-complete':
        return this.onRoundComplete(event);
      case 'counted':
        return speech.say(words.countWords(event.count, event.leg), 'count');
      case 'hold-reached':
        return speech.tone('hold-reached');
      case 'fault-sure':
        return this.onFaultSure(event.fault);
      case 'rep':
        return this.onRep(event);
      case 'set-complete':
        return this.onSetComplete(event);
      case 'rest-ending':
        return speech.say(`${event.secondsLeft} seconds`, 'announcement');
      case 'rest-countdown':
        return speech.say(String(event.secondsLeft), 'count');
      case 'paused':
        return speech.say(words.PAUSED_ANNOUNCEMENT, 'announcement');
      case 'resumed':
        return speech.say(words.RESUMED_ANNOUNCEMENT, 'announcement');
      case 'done':
        this.ending = this.endBlock();
        return;
    }
  }

  /** A hold block's first hold: a new record for it (holds are not resumed: each lasts seconds). */
  private onHoldTrainingStarted(block: HoldBlock, set: number): void {
    const { lifecycle, recorder, routine } = this.targets;
    routine.stopRestClock();
    if (set === block.firstSet) recorder.beginBlock(block.plan, lifecycle.model!);
  }

  private onHoldDone({ set, hold }: Extract<HoldEvent, { type: 'hold-done' }>): void {
    this.targets.emit('hold', { ...hold, exercise: this.targets.routine.hold!.plan.exercise, set });
    this.targets.recorder.hold(set, hold);
    if (!hold.guided && hold.heldMs >= hold.targetMs) this.targets.speech.say(words.HOLD_DONE_ANNOUNCEMENT, 'announcement');
  }

  private onRoundComplete({ set, restMs }: Extract<HoldEvent, { type: 'round-complete' }>): void {
    const { routine, speech } = this.targets;
    if (!restMs) return;
    speech.say(words.restAnnouncement(set, routine.hold!.plan.holds, restMs), 'announcement');
    routine.startRestClock();
  }

  /** The latest set's report: the set under way, or the one just done; null before the first set. */
  get setReport(): SetReport | null {
    return this.tally?.report() ?? null;
  }

  /**
   * "Stop: it hurts" during a set: records where in the rep it happened and which gentler variant to suggest.
   * During a hold: the hold under way, held (phase top).
   */
  painStop(block: Workout | HoldBlock): void {
    const { emit, recorder, speech } = this.targets;
    const { plan } = block;
    const stop =
      'held' in block
        ? painStopAt(block.set, { t: block.lastT ?? 0, phase: 'top', angleDeg: null, repCount: block.held + 1 })
        : painStopAt(block.set, block.update ?? { t: 0, phase: 'bottom', angleDeg: null, repCount: block.count });
    recorder.painStop(stop);
    this.gentler = gentlerVariant(plan.exercise);
    const side = 'held' in block ? block.side : workingSide(block.plan);
    emit('pain-stop', { ...stop, exercise: plan.exercise, side, gentler: this.gentler });
    speech.say(words.painStopAnnouncement(this.gentler.title), 'announcement');
  }

  /** A switch of exercise: the block under way ends (saved as far as it went), then `plan` starts in its place. */
  switchTo(plan: ExercisePlan): void {
    this.switchedTo = plan;
    this.targets.routine.finish();
  }

  private get workout(): Workout {
    return this.targets.routine.workout!;
  }

  private onTrainingStarted(set: number): void {
    const { lifecycle, recorder, routine, speech } = this.targets;
    const { plan } = this.workout;
    routine.stopRestClock();
    this.cuedWhileHeld.clear();
    this.tally = new SetTally(set);
    if (set === this.workout.firstSet) recorder.beginBlock(plan, lifecycle.model!);
    speech.tone('go');
    speech.say(words.setStartAnnouncement(set, plan.sets), 'announcement');
  }

  private onRep({ set, detail, faults, notJudged }: Extract<WorkoutEvent, { type: 'rep' }>): void {
    const { cues, emit, recorder, speech } = this.targets;
    const { plan } = this.workout;
    const { rep, holdMs, romDeg, leg } = detail;
    emit('rep', { exercise: plan.exercise, side: workingSide(plan), set, rep, holdMs, romDeg, faults, ...(leg ? { leg } : {}) });
    recorder.rep(set, detail, faults);
    this.tally?.add(detail, faults, notJudged);
    for (const fault of faults) emit('fault', { ...fault, set });
    const first = faults.find((fault) => !this.cuedWhileHeld.has(cueKey(fault)));
    if (!first) return;
    cues.showFault(first.cue, faults);
    speech.say(first.cue, 'cue');
  }

  /** A fault is sure while the top is still held: cue it now, while the person can still correct it. */
  private onFaultSure(fault: Fault): void {
    const { cues, speech } = this.targets;
    this.cuedWhileHeld.add(cueKey(fault));
    cues.showFault(fault.cue, [fault]);
    speech.say(fault.cue, 'cue');
  }

  private onSetComplete({ set, reps, restMs }: Extract<WorkoutEvent, { type: 'set-complete' }>): void {
    const { emit, routine, speech } = this.targets;
    const { plan } = this.workout;
    emit('set-complete', { exercise: plan.exercise, side: workingSide(plan), set, sets: plan.sets, reps, targetReps: plan.targetReps, restMs });
    if (!restMs) return;
    speech.say(words.restAnnouncement(set, plan.sets, restMs), 'announcement');
    routine.startRestClock();
  }

  /** A block began: a routine's block is recorded from here, so a reload before its first set still resumes it. */
  blockStarted(plan: BlockPlan): void {
    const { cues, lifecycle, recorder } = this.targets;
    cues.clear();
    if (plan.step) recorder.beginBlock(plan, lifecycle.model!);
  }

  /** One exercise block is over: save it (skipped, where the person skipped it), then go on to the routine's next exercise or finish. */
  private async endBlock(): Promise<void> {
    const { emit, host, lifecycle, recorder, routine, speech } = this.targets;
    const { plan, skipped } = this.targets.routine.block!;
    routine.stopRestClock();
    if (skipped) speech.say(words.skippedAnnouncement(plan), 'announcement');
    const record = await (skipped ? recorder.skip() : this.switchedTo ? recorder.finishOrDiscard() : recorder.finish());
    if (record) {
      this.saved = [...this.saved, record];
      host.requestUpdate();
      emit('session-end', record);
    }
    if (lifecycle.phase !== 'running') return;
    if (this.switchedTo) return this.startSwitched(this.switchedTo);
    const next = routine.advance();
    if (next) {
      speech.say(words.nextBlockAnnouncement(next, routine.change!), 'announcement');
    } else {
      lifecycle.stop();
      speech.say('Well done. Session complete.', 'announcement');
    }
  }

  private startSwitched(plan: ExercisePlan): void {
    this.switchedTo = null;
    this.targets.routine.begin([plan]);
    this.targets.speech.say(words.switchedAnnouncement(plan.exercise, plan.side), 'announcement');
  }
}
