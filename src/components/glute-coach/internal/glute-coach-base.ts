/**
 * Behaviour of <glute-coach>, kept apart from its tag and styles (material-web style): it only composes.
 * Data flows one way: camera frames -> pose model (worker) -> workout (analysis, sets, rest) -> events,
 * voice, history and the view. The lifecycle (camera, model, start attempts) and the routine's order of blocks
 * live in src/live; the reactions to the workout, the cue timing and the view sit beside this file.
 */
import { property, query, state } from 'lit/decorators.js';
import type { PropertyValues } from 'lit';
import type { AnalyzerOptions } from '../../../analysis';
import { resolveAssetsBase } from '../../../pose';
import { CoachLifecycle, type CoachStage } from '../../../live/coach-lifecycle';
import { DEFAULT_MODEL, type ModelSetting } from '../../../live/model-setting';
import type { FrameStats } from '../../../live/pose-controller';
import { DEFAULT_REST_MS, isHoldPlan, resumedStep, type RoutineId } from '../../../live/routine';
import { RoutineSequencer } from '../../../live/routine-sequencer';
import { SessionRecorder } from '../../../live/session-recorder';
import { VoiceController } from '../../../live/voice-controller';
import { WakeLockController } from '../../../live/wake-lock-controller';
import { WhenVisible } from '../../../live/when-visible';
import type { SessionRecord } from '../../../storage';
import { CoachElement } from '../../base/coach-element';
import { checkSettings, rawSettingsOf, type SettingsCheck } from '../attributes';
import { errorDetail, type GluteCoachEventDetails } from '../events';
import { CueTiming } from './cue-timing';
import { ExerciseSwitching } from './exercise-switching';
import { FloorView } from './floor-view';
import { renderCoach, trainingWorkout, type CoachActions } from './glute-coach-view';
import { WorkoutReactions } from './workout-reactions';

export type { CoachStage } from '../../../live/coach-lifecycle';

const SETTINGS = ['exercise', 'side', 'targetReps', 'sets', 'model', 'routine', 'rest'] as const;

export class GluteCoachBase extends CoachElement<GluteCoachEventDetails> {
  @property({ reflect: true }) exercise = 'glute-bridge';
  /** Where the exercise has the person choose it (clamshell, leg lift, single-leg bridge, step-up): the working leg. */
  @property({ reflect: true }) side = 'left';
  @property({ type: Number, attribute: 'target-reps' }) targetReps = 12;
  @property({ type: Number }) sets = 3;
  @property() model: ModelSetting = DEFAULT_MODEL;
  /** Rest between sets, seconds. */
  @property({ type: Number }) rest = DEFAULT_REST_MS / 1000;
  /**
   * A routine of several blocks: `beginner`, the programme's own (warm-up, main workout, cool-down), or `short`
   * (thrust, clamshells, bridge); exercise, side, target-reps and sets are then taken from it.
   */
  @property() routine: RoutineId | null = null;
  /** Speak counts and cues (the mute control can still silence them). */
  @property({ type: Boolean }) voice = false;
  /** Folder holding `models/` and `wasm/`; by default the folder the coach's own script came from. */
  @property({ attribute: 'assets-base' }) assetsBase: string | null = null;
  /** Start counting as soon as camera and model run, without the framing check (for pages with their own set-up). */
  @property({ type: Boolean, attribute: 'skip-setup' }) skipSetup = false;
  /**
   * From Start to the session's end the coach covers the viewport (the picture, the count, the cue; nothing of
   * the page around it), and takes the whole screen with the Fullscreen API on a phone or with its button.
   */
  @property({ type: Boolean, reflect: true }) fullscreen = false;

  /** Why sessions are not kept on this device (IndexedDB unavailable), or null when they are. */
  @state() private historyOff: string | null = null;
  @state() private settings: SettingsCheck = checkSettings(rawSettingsOf(this));
  /** The "Leave" question is open. */
  @state() private leaving = false;
  /** The high-contrast theme, chosen with its toggle (or by the system's `prefers-contrast: more`). */
  @state() private highContrast = false;
  @query('video') private video!: HTMLVideoElement;

  private readonly floor = new FloorView(
    this,
    () => this.askToLeave(),
    (on) => this.emit('training-view', { on }),
  );

  private readonly recorder = new SessionRecorder();
  /** The routine's block the next start begins with: 0, or where a resumed routine was cut off. */
  private resumeAtBlock = 0;
  private readonly cues = new CueTiming();
  private readonly lifecycle = new CoachLifecycle(this, {
    onPose: (pose) => {
      this.blocks.push(pose);
      this.recorder.follow(this.blocks.workout);
      this.switching.push(pose);
    },
    onClosed: () => this.blocks.stopRestClock(),
    onCutOff: (failure) => {
      this.recorder.abandon();
      if (failure) this.emit('error', errorDetail(failure));
    },
  });
  private readonly speech = new VoiceController(this);
  /** In view: the pose model loads (the camera still waits for Start). */
  private readonly preloading = new WhenVisible(this, () => {
    if (!this.lifecycle.active && this.settings.ok) this.lifecycle.poseModel.preload(this.settings.settings.model, resolveAssetsBase(this.assetsBase));
  });
  private readonly wakeLock = new WakeLockController(this);
  /** The routine's blocks in order (`routine` is the attribute). */
  private readonly blocks = new RoutineSequencer(this, {
    firstSet: (plan) => this.recorder.firstSet(plan),
    skipSetup: () => this.skipSetup,
    blockStarted: (plan) => this.reactions.blockStarted(plan),
    react: (event) => this.reactions.react(event),
  });
  private readonly reactions = new WorkoutReactions({
    host: this,
    emit: (name, detail) => void this.emit(name, detail),
    speech: this.speech,
    recorder: this.recorder,
    lifecycle: this.lifecycle,
    routine: this.blocks,
    cues: this.cues,
  });
  private readonly switching = new ExerciseSwitching({
    host: this,
    emit: (name, detail) => void this.emit(name, detail),
    speech: this.speech,
    routine: this.blocks,
    switchTo: (to) => this.switchExercise(to),
  });
  private readonly actions: CoachActions = {
    start: () => void this.start(),
    stop: () => void this.stop(),
    toggleSound: () => this.speech.setEnabled(!this.speech.enabled),
    toggleMirror: () => this.lifecycle.toggleMirror(),
    startNow: () => this.blocks.beginTraining(),
    changeCamera: (change) => void this.lifecycle.changeCamera(this.video, change),
    skipRest: () => this.blocks.skipRest(),
    skipBlock: () => this.blocks.skipBlock(),
    stopForPain: () => void this.stopForPain(),
    askToLeave: () => void this.askToLeave(),
    answerLeave: (leave) => this.answerLeave(leave),
    enterFullscreen: () => void this.enterFullscreen(),
    toggleContrast: () => (this.highContrast = !this.highContrast),
    answerSwitch: (switchExercise) => this.switching.answer(switchExercise),
  };

  /** Where the coach is: idle, loading, setup, training, rest, finished or error. */
  get stage(): CoachStage {
    const { phase } = this.lifecycle;
    if (phase !== 'running') return phase;
    return this.blocks.block?.stage ?? 'loading';
  }

  /** Camera frames seen, run through the model, and dropped because the model was busy, since the last start. */
  get frameStats(): FrameStats {
    return this.lifecycle.frameStats;
  }

  /** Opens the camera and loads the model, then guides the set-up (or starts counting, with `skip-setup`). */
  async start(): Promise<void> {
    if (this.lifecycle.active) return;
    // Before any await: the Fullscreen API needs the press that called start().
    if (this.fullscreen) this.floor.enterFullscreenOnPhone();
    // Attributes set just before start() have not been through an update yet: read them now.
    this.settings = checkSettings(rawSettingsOf(this));
    if (!this.settings.ok) return this.reportInvalid(this.settings);
    const { plans, model } = this.settings.settings;
    const fromBlock = this.resumeAtBlock;
    this.resumeAtBlock = 0;
    this.speech.unlock();
    this.reactions.reset();
    this.switching.reset(plans);
    void this.checkHistory();
    const started = await this.lifecycle.start({
      video: this.video,
      model,
      assetsBase: resolveAssetsBase(this.assetsBase),
      previousChoice: () => this.recorder.lastAutoChoice(),
      onRunning: () => this.blocks.begin(plans, fromBlock),
    });
    if (started) this.emit('ready', { camera: started.camera, model: started.model.info, modelReason: started.model.reason });
  }

  /** Ends the session: a rep still at its top is counted, the session is saved (`session-end`), the camera closes. */
  async stop(): Promise<void> {
    if (!this.lifecycle.stop()) return;
    this.blocks.finish();
    await this.reactions.ending;
  }

  /**
   * Carries on a live session that a reload, closed tab or crash cut off (the history view's `resume-session`):
   * same exercise and targets, from the set after the last one recorded, adding to the same record. A routine's
   * block carries the routine on at that block, and the blocks after it follow.
   */
  async resume(session: SessionRecord): Promise<void> {
    if (session.source !== 'live' || session.status !== 'in-progress') {
      throw new TypeError(`Only a live session still in progress can be resumed (this one is ${session.source}, ${session.status}).`);
    }
    await this.stop();
    const block = resumedStep(session);
    if (block) {
      this.routine = block.routine;
    } else {
      this.exercise = session.exercise;
      this.side = session.side ?? this.side;
      this.targetReps = session.targetReps ?? this.targetReps;
      this.sets = session.targetSets ?? this.sets;
      this.routine = null;
    }
    this.recorder.resumeNext(session);
    this.resumeAtBlock = block?.block ?? 0;
    await this.start();
  }

  /**
   * Takes the whole screen with the Fullscreen API (call it from a press: browsers refuse it otherwise).
   * Resolves false where the browser does not allow it; with `fullscreen` the coach still covers the viewport.
   */
  enterFullscreen(): Promise<boolean> {
    return this.floor.enterFullscreen();
  }

  override disconnectedCallback(): void {
    void this.stop();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('voice')) this.speech.setEnabled(this.voice);
    if (SETTINGS.some((name) => changed.has(name))) {
      this.settings = checkSettings(rawSettingsOf(this));
      if (!this.settings.ok) this.reportInvalid(this.settings);
    }
    this.wakeLock.keepScreenOn(this.lifecycle.active);
    this.floor.show(this.fullscreen && this.lifecycle.active);
    if (!this.floor.on) this.leaving = false;
    this.toggleAttribute('data-contrast', this.highContrast);
  }

  protected override render() {
    const stage = this.stage;
    const switchOffer = this.switching.shown;
    return renderCoach(
      {
        settings: this.settings,
        stage,
        lifecycle: this.lifecycle,
        routine: this.blocks,
        // While the offer to switch stands it is the one thing said: "get back into position" would fight it.
        cue: switchOffer ? null : this.cues.current(trainingWorkout(stage, this.blocks)),
        soundOn: this.speech.enabled,
        historyOff: this.historyOff,
        saved: this.reactions.saved,
        gentler: this.reactions.gentler,
        setReport: this.reactions.setReport,
        screenLock: this.wakeLock.state,
        floor: this.floor,
        leaving: this.leaving,
        highContrast: this.highContrast,
        switchOffer,
      },
      this.actions,
    );
  }

  private reportInvalid(check: Extract<SettingsCheck, { ok: false }>): void {
    this.emit('error', { code: 'invalid-attribute', message: check.message });
  }

  /** Says up front when sessions will not be kept (no IndexedDB), rather than leaving the person to find out later. */
  private async checkHistory(): Promise<void> {
    const { available, reason } = await this.recorder.history();
    this.historyOff = available ? null : reason;
  }

  /** Opens the "Leave" question; false when it is open already or there is no session to leave. */
  private askToLeave(): boolean {
    if (this.leaving || !this.lifecycle.active) return false;
    this.leaving = true;
    return true;
  }

  private answerLeave(leave: boolean): void {
    this.leaving = false;
    if (leave) void this.stop();
  }

  /** The offer's Switch: `exercise` and `side` name the new exercise, whose block replaces the one under way. */
  private switchExercise(to: AnalyzerOptions): void {
    this.exercise = to.exercise;
    this.side = to.side ?? this.side;
    this.settings = checkSettings(rawSettingsOf(this));
    const plan = this.settings.ok ? this.settings.settings.plans[0]! : null;
    // An offer names a rep exercise (recognition knows no holds), so its plan is an exercise's.
    if (plan && !isHoldPlan(plan)) this.reactions.switchTo(plan);
  }

  /** "Stop: it hurts": record where in the rep it happened, end the session, suggest a gentler variant. */
  private async stopForPain(): Promise<void> {
    const workout = this.blocks.block;
    if (!workout || this.stage !== 'training') return;
    this.reactions.painStop(workout);
    await this.stop();
  }
}
