/**
 * Behaviour of <glute-coach>, kept apart from its tag and styles (material-web style): it only composes.
 * Data flows one way: camera frames -> pose model (worker) -> workout (analysis, sets, rest) -> events,
 * voice, history and the view. Each step lives in a reactive controller or a plain module under src/live.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { FaultType, PoseFrame, Side } from '../../../analysis';
import { resolveAssetsBase } from '../../../pose';
import { CameraController, type CameraChoice, type CameraEndReason } from '../../../live/camera-controller';
import { sampleFrames } from '../../../live/camera-frames';
import { ClockController } from '../../../live/clock-controller';
import * as words from '../../../live/coaching-words';
import { asCoachError, cameraLost, CoachError } from '../../../live/errors';
import { FrameLoop } from '../../../live/frame-loop';
import { DEFAULT_MODEL, type ModelSetting } from '../../../live/model-setting';
import { PageVisibilityController } from '../../../live/page-visibility';
import { PoseController, type FrameStats, type LoadedModel } from '../../../live/pose-controller';
import { DEFAULT_REST_MS, type ExercisePlan, type RoutineId } from '../../../live/routine';
import { SessionRecorder } from '../../../live/session-recorder';
import { VoiceController } from '../../../live/voice-controller';
import { FRAMED_START_MS, Workout, type WorkoutEvent, type WorkoutStage } from '../../../live/workout';
import { painStopAt, type NewSession, type SessionRecord } from '../../../storage';
import { CoachElement } from '../../base/coach-element';
import { cssomStyle } from '../../base/cssom-style';
import '../../coach-counter/coach-counter';
import '../../coach-cue/coach-cue';
import type { CueKind } from '../../coach-cue/coach-cue';
import '../../coach-hold/coach-hold';
import '../../coach-rest/coach-rest';
import '../../coach-setup/coach-setup';
import '../../coach-skeleton/coach-skeleton';
import { gentlerVariant, type GentlerVariant } from '../../stop-button';
import { checkSettings, type RawSettings, type SettingsCheck } from '../attributes';
import type { CoachErrorDetail, GluteCoachEventDetails } from '../events';

export type CoachStage = 'idle' | 'loading' | WorkoutStage | 'finished' | 'error';

type Lifecycle = 'idle' | 'loading' | 'running' | 'finished' | 'error';

interface ActiveCue {
  text: string;
  faults: FaultType[];
  until: number;
}

/** A fault cue stays up this long: long enough to read from the floor after the rep, gone before the next. */
const CUE_SHOW_MS = 5000;
/** Frames that do not count are only mentioned after this long, so one bad frame does not flash a message. */
const FRAMING_GRACE_MS = 1000;
/** `model="auto"` times the models on this many camera frames (copies are run in turn: see model-choice.ts). */
const TIMING_FRAMES = 3;

const SETTINGS = ['exercise', 'side', 'targetReps', 'sets', 'model', 'routine', 'rest'] as const;

function workingSide(plan: ExercisePlan): Side | null {
  return plan.exercise === 'clamshell' ? plan.side : null;
}

/** Where a resumed session carries on: the set after the last one with reps (the last set at most). */
function setAfter(session: SessionRecord, plan: ExercisePlan): number {
  const recorded = session.sets.filter((set) => set.reps.length > 0).map((set) => set.set);
  return Math.min(plan.sets, Math.max(0, ...recorded) + 1);
}

export class GluteCoachBase extends CoachElement<GluteCoachEventDetails> {
  @property({ reflect: true }) exercise = 'glute-bridge';
  /** Clamshell: the working (top) leg. */
  @property({ reflect: true }) side = 'left';
  @property({ type: Number, attribute: 'target-reps' }) targetReps = 12;
  @property({ type: Number }) sets = 3;
  @property() model: ModelSetting = DEFAULT_MODEL;
  /** Rest between sets, seconds. */
  @property({ type: Number }) rest = DEFAULT_REST_MS / 1000;
  /** A plan of several exercises (`beginner`); exercise, side, target-reps and sets are then taken from it. */
  @property() routine: RoutineId | null = null;
  /** Speak counts and cues (the mute control can still silence them). */
  @property({ type: Boolean }) voice = false;
  /** Folder holding `models/` and `wasm/`; by default the folder the coach's own script came from. */
  @property({ attribute: 'assets-base' }) assetsBase: string | null = null;
  /** Start counting as soon as camera and model run, without the framing check (for pages with their own set-up). */
  @property({ type: Boolean, attribute: 'skip-setup' }) skipSetup = false;

  @state() private lifecycle: Lifecycle = 'idle';
  @state() private failure: CoachErrorDetail | null = null;
  @state() private mirrored = true;
  @state() private cue: ActiveCue | null = null;
  @state() private savedSessions: SessionRecord[] = [];
  /** Set when the person stopped because it hurt: the summary then suggests this instead. */
  @state() private gentler: GentlerVariant | null = null;
  /** Why sessions are not kept on this device (IndexedDB unavailable), or null when they are. */
  @state() private historyOff: string | null = null;
  @query('video') private video!: HTMLVideoElement;

  @state() private settings: SettingsCheck = checkSettings(this.rawSettings());
  private plans: ExercisePlan[] = [];
  private blockIndex = 0;
  private workout: Workout | null = null;
  private pose: PoseFrame | null = null;
  private loadedModel: LoadedModel | null = null;
  private frameLoop: FrameLoop | null = null;
  /** Bumped on every start and stop, so results of an earlier run that arrive late are ignored. */
  private run = 0;
  private ending: Promise<void> = Promise.resolve();
  /** A cut-off session to carry on at the next start (set by resume()). */
  private resuming: SessionRecord | null = null;
  private readonly recorder = new SessionRecorder();

  private readonly camera = new CameraController(this, (reason) => this.onCameraEnded(reason));
  private readonly poseModel = new PoseController(this, (error) => this.fail(error));
  private readonly speech = new VoiceController(this);
  private readonly restClock = new ClockController(this, 250, (now) => this.apply(this.workout?.tick(now) ?? []));
  private readonly visibility = new PageVisibilityController(this, (visible) => this.onPageVisibility(visible));

  /** Where the coach is: idle, loading, setup, training, rest, finished or error. */
  get stage(): CoachStage {
    if (this.lifecycle !== 'running') return this.lifecycle;
    return this.workout?.stage ?? 'loading';
  }

  /** Camera frames seen, run through the model, and dropped because the model was busy, since the last start. */
  get frameStats(): FrameStats {
    return { ...this.poseModel.stats };
  }

  /** Opens the camera and loads the model, then guides the set-up (or starts counting, with `skip-setup`). */
  async start(): Promise<void> {
    if (this.lifecycle === 'loading' || this.lifecycle === 'running') return;
    // Attributes set just before start() have not been through an update yet: read them now.
    this.settings = checkSettings(this.rawSettings());
    if (!this.settings.ok) return this.reportInvalid(this.settings);
    const { plans, model } = this.settings.settings;
    const run = ++this.run;
    this.speech.unlock();
    this.failure = null;
    this.savedSessions = [];
    this.gentler = null;
    this.lifecycle = 'loading';
    void this.checkHistory();
    try {
      // Camera and model start together: the person answers the camera prompt while the model downloads, and
      // `auto` times the models on the first camera frames. A camera failure is the one to report.
      const previousChoice = await this.recorder.lastAutoChoice();
      if (run !== this.run) return;
      const cameraOpening = this.camera.open(this.video);
      const modelLoading = this.poseModel.load({
        setting: model,
        assetsBase: resolveAssetsBase(this.assetsBase),
        cameraFrames: () => cameraOpening.then(() => sampleFrames(this.video, TIMING_FRAMES)),
        previousChoice,
      });
      modelLoading.catch(() => {});
      const camera = await cameraOpening;
      const loaded = await modelLoading;
      // A stop (or a resume's restart) meanwhile has closed the camera already: the newer run owns it now.
      if (run !== this.run) return;
      this.loadedModel = loaded;
      this.mirrored = camera.facingMode !== 'environment';
      this.plans = plans;
      this.lifecycle = 'running';
      this.startBlock(0);
      this.startFrames(run);
      this.emit('ready', { camera, model: this.loadedModel.info, modelReason: this.loadedModel.reason });
    } catch (error) {
      if (run === this.run) this.fail(asCoachError(error, 'model-load-failed'));
    }
  }

  /** Ends the session: a rep still at its top is counted, the session is saved (`session-end`), the camera closes. */
  async stop(): Promise<void> {
    if (this.lifecycle !== 'running' && this.lifecycle !== 'loading') return;
    this.run++;
    this.lifecycle = 'finished';
    this.closeCamera();
    this.apply(this.workout?.finish() ?? []);
    await this.ending;
  }

  /**
   * Carries on a live session that a reload, closed tab or crash cut off (the history view's `resume-session`):
   * same exercise and targets, from the set after the last one recorded, adding to the same record.
   */
  async resume(session: SessionRecord): Promise<void> {
    if (session.source !== 'live' || session.status !== 'in-progress') {
      throw new TypeError(`Only a live session still in progress can be resumed (this one is ${session.source}, ${session.status}).`);
    }
    await this.stop();
    this.exercise = session.exercise;
    this.side = session.side ?? this.side;
    this.targetReps = session.targetReps ?? this.targetReps;
    this.sets = session.targetSets ?? this.sets;
    this.routine = null;
    this.resuming = session;
    await this.start();
  }

  override disconnectedCallback(): void {
    void this.stop();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('voice')) this.speech.setEnabled(this.voice);
    if (SETTINGS.some((name) => changed.has(name))) {
      this.settings = checkSettings(this.rawSettings());
      if (!this.settings.ok) this.reportInvalid(this.settings);
    }
  }

  private rawSettings(): RawSettings {
    return {
      exercise: this.exercise,
      side: this.side,
      targetReps: this.targetReps,
      sets: this.sets,
      model: this.model,
      routine: this.routine,
      restSeconds: this.rest,
    };
  }

  private reportInvalid(check: Extract<SettingsCheck, { ok: false }>): void {
    this.emit('error', { code: 'invalid-attribute', message: check.message });
  }

  // ---- running ---------------------------------------------------------------------------------------------

  private startBlock(index: number): void {
    this.blockIndex = index;
    const plan = this.plans[index]!;
    this.workout = new Workout(plan, this.resuming ? setAfter(this.resuming, plan) : 1);
    this.cue = null;
    if (this.skipSetup) this.apply(this.workout.beginTraining());
  }

  private startFrames(run: number): void {
    this.frameLoop?.stop();
    this.poseModel.resetStats();
    this.frameLoop = new FrameLoop(this.video, (video, now) => void this.onFrame(video, now, run));
    if (document.visibilityState === 'visible') this.frameLoop.start();
  }

  /** Says up front when sessions will not be kept (no IndexedDB), rather than leaving the person to find out later. */
  private async checkHistory(): Promise<void> {
    const { available, reason } = await this.recorder.history();
    this.historyOff = available ? null : reason;
  }

  /** Frames pause while the page is hidden and resume when it is shown; the workout, reps included, stays. */
  private onPageVisibility(visible: boolean): void {
    if (visible) this.frameLoop?.start();
    else this.frameLoop?.stop();
  }

  private async onFrame(video: HTMLVideoElement, now: number, run: number): Promise<void> {
    try {
      const pose = await this.poseModel.analyse(video, Math.round(now));
      if (!pose || run !== this.run || !this.workout) return;
      this.pose = pose;
      this.apply(this.workout.push(pose));
      this.requestUpdate();
    } catch (error) {
      if (run === this.run) this.fail(asCoachError(error, 'worker-crashed'));
    }
  }

  private apply(events: WorkoutEvent[]): void {
    for (const event of events) this.react(event);
  }

  private react(event: WorkoutEvent): void {
    switch (event.type) {
      case 'training-started':
        return this.onTrainingStarted(event.set);
      case 'counted':
        return this.speech.say(String(event.count), 'count');
      case 'hold-reached':
        return this.speech.tone('hold-reached');
      case 'rep':
        return this.onRep(event);
      case 'set-complete':
        return this.onSetComplete(event);
      case 'rest-ending':
        return this.speech.say(`${event.secondsLeft} seconds`, 'announcement');
      case 'done':
        this.ending = this.endBlock();
        return;
    }
  }

  private onTrainingStarted(set: number): void {
    const workout = this.workout!;
    const { plan } = workout;
    this.restClock.stop();
    if (set === workout.firstSet) this.recordFromStart(plan);
    this.speech.tone('go');
    this.speech.say(words.setStartAnnouncement(set, plan.sets), 'announcement');
  }

  private recordFromStart(plan: ExercisePlan): void {
    if (this.resuming) this.recorder.adopt(this.resuming);
    else this.recorder.begin(this.newSession(plan));
    this.resuming = null;
  }

  private newSession(plan: ExercisePlan): NewSession {
    const { info: engine, reason } = this.loadedModel!;
    return {
      startedAt: Date.now(),
      source: 'live' as const,
      exercise: plan.exercise,
      side: workingSide(plan),
      targetReps: plan.targetReps,
      targetSets: plan.sets,
      model: engine.variant,
      engine: engine.engine,
      delegate: engine.delegate,
      ...(reason ? { modelReason: reason } : {}),
    };
  }

  private onRep({ set, detail, faults }: Extract<WorkoutEvent, { type: 'rep' }>): void {
    const { plan } = this.workout!;
    const { rep, holdMs, romDeg } = detail;
    this.emit('rep', { exercise: plan.exercise, side: workingSide(plan), set, rep, holdMs, romDeg, faults });
    this.recorder.rep(set, detail, faults);
    for (const fault of faults) this.emit('fault', { ...fault, set });
    const first = faults[0];
    if (!first) return;
    this.cue = { text: first.cue, faults: faults.map((fault) => fault.type), until: performance.now() + CUE_SHOW_MS };
    this.speech.say(first.cue, 'cue');
  }

  private onSetComplete({ set, reps, restMs }: Extract<WorkoutEvent, { type: 'set-complete' }>): void {
    const { plan } = this.workout!;
    this.emit('set-complete', { exercise: plan.exercise, side: workingSide(plan), set, sets: plan.sets, reps, targetReps: plan.targetReps, restMs });
    if (!restMs) return;
    this.speech.say(words.restAnnouncement(set, plan.sets, restMs), 'announcement');
    this.restClock.start();
  }

  /** One exercise block is over: save it, then go on to the routine's next exercise or finish. */
  private async endBlock(): Promise<void> {
    this.restClock.stop();
    const record = await this.recorder.finish();
    if (record) {
      this.savedSessions = [...this.savedSessions, record];
      this.emit('session-end', record);
    }
    const next = this.plans[this.blockIndex + 1];
    if (next && this.lifecycle === 'running') {
      this.startBlock(this.blockIndex + 1);
      this.speech.say(words.nextExerciseAnnouncement(next.exercise, next.side), 'announcement');
    } else if (this.lifecycle === 'running') {
      this.run++;
      this.lifecycle = 'finished';
      this.closeCamera();
      this.speech.say('Well done. Session complete.', 'announcement');
    }
  }

  private closeCamera(): void {
    this.frameLoop?.stop();
    this.frameLoop = null;
    this.restClock.stop();
    this.camera.stop();
    this.pose = null;
  }

  private fail(error: CoachError): void {
    if (this.lifecycle === 'error') return;
    this.run++;
    this.closeCamera();
    this.recorder.abandon();
    this.lifecycle = 'error';
    this.failure = { code: error.code, message: error.message, ...(error.file ? { file: error.file } : {}) };
    this.emit('error', this.failure);
  }

  private onCameraEnded(reason: CameraEndReason): void {
    if (reason === 'track-ended') {
      this.fail(cameraLost());
      return;
    }
    // The page is being left: every rep is saved already, and the session stays resumable from the history.
    this.run++;
    this.closeCamera();
    this.recorder.abandon();
    this.lifecycle = 'idle';
  }

  private async changeCamera(change: Partial<CameraChoice>): Promise<void> {
    const run = this.run;
    try {
      const camera = await this.camera.open(this.video, change);
      if (run !== this.run) return;
      this.mirrored = camera.facingMode !== 'environment';
      this.startFrames(run);
    } catch (error) {
      if (run === this.run) this.fail(asCoachError(error, 'no-camera'));
    }
  }

  /** "Stop: it hurts": record where in the rep it happened, end the session, suggest a gentler variant. */
  private async stopForPain(): Promise<void> {
    const workout = this.workout;
    if (!workout || this.stage !== 'training') return;
    const { plan } = workout;
    const stop = painStopAt(workout.set, workout.update ?? { t: 0, phase: 'bottom', angleDeg: null, repCount: workout.count });
    this.recorder.painStop(stop);
    this.gentler = gentlerVariant(plan.exercise);
    this.emit('pain-stop', { ...stop, exercise: plan.exercise, side: workingSide(plan), gentler: this.gentler });
    this.speech.say(words.painStopAnnouncement(this.gentler.title), 'announcement');
    await this.stop();
  }

  private startNow(): void {
    this.apply(this.workout?.beginTraining() ?? []);
  }

  private skipRest(): void {
    this.apply(this.workout?.skipRest() ?? []);
  }

  // ---- view ------------------------------------------------------------------------------------------------

  protected override render() {
    if (!this.settings.ok) {
      return html`<div class="invalid" part="error" role="alert">Glute Coach cannot start: ${this.settings.message}</div>`;
    }
    const info = this.camera.info;
    const aspect = info && info.height > 0 ? info.width / info.height : 4 / 3;
    const cue = this.currentCue();
    return html`
      <div class="coach" part="base" data-stage=${this.stage}>
        ${this.renderHeader()}
        <div class="stage" part="stage">
          ${this.renderHold()}
          <div class="view ${this.mirrored ? 'mirrored' : ''}" part="view" ${cssomStyle({ '--aspect': String(aspect) })}>
            <video part="video" muted playsinline aria-label="Camera picture"></video>
            <gc-coach-skeleton part="skeleton" .landmarks=${this.pose?.image ?? null} .highlight=${cue?.faults ?? []}></gc-coach-skeleton>
          </div>
        </div>
        <div class="panel" part="panel">
          ${this.renderPanel()}
          ${this.renderModelInfo()}
          ${this.historyOff ? html`<p part="history-off" role="status">${this.historyOff}</p>` : nothing}
          <gc-coach-cue part="cue-region" exportparts="cue" .text=${cue?.text ?? ''} .kind=${cue?.kind ?? 'framing'}></gc-coach-cue>
        </div>
      </div>
    `;
  }

  /** The exercise on screen: the one being trained, or before a start the one the attributes ask for. */
  private currentPlan(): ExercisePlan | null {
    if (this.lifecycle === 'running' && this.workout) return this.workout.plan;
    return this.settings.ok ? this.settings.settings.plans[0]! : null;
  }

  private renderHeader() {
    const plan = this.currentPlan();
    const running = this.lifecycle === 'running' || this.lifecycle === 'loading';
    const routineStep = this.lifecycle === 'running' && this.plans.length > 1 ? ` · ${this.blockIndex + 1} of ${this.plans.length}` : '';
    return html`
      <header part="header">
        <h1>${plan ? words.exerciseTitle(plan.exercise, plan.side) : ''}${routineStep}</h1>
        <button part="sound-toggle" aria-pressed=${this.speech.enabled} @click=${() => this.speech.setEnabled(!this.speech.enabled)}>Sound</button>
        <button part="mirror-toggle" aria-pressed=${this.mirrored} @click=${() => (this.mirrored = !this.mirrored)}>Mirror</button>
        ${running ? html`<button part="stop" @click=${() => void this.stop()}>Stop</button>` : nothing}
      </header>
    `;
  }

  private renderHold() {
    const workout = this.workout;
    if (this.stage !== 'training' || !workout) return nothing;
    const update = workout.update;
    const holding = update?.phase === 'top' && update.status === 'ok';
    return html`<gc-coach-hold part="hold" exportparts="label: hold-label, bar: hold-bar" .holdMs=${update?.holdMs ?? 0} .targetMs=${workout.holdTargetMs} ?holding=${holding}></gc-coach-hold>`;
  }

  /** The fault of the latest rep while it is fresh; otherwise, in training, why frames do not count. */
  private currentCue(): { text: string; kind: CueKind; faults: FaultType[] } | null {
    const now = performance.now();
    if (this.cue && now < this.cue.until) return { text: this.cue.text, kind: 'fault', faults: this.cue.faults };
    const workout = this.workout;
    if (this.stage !== 'training' || !workout?.update || workout.notCountingSince === null) return null;
    if (workout.update.t - workout.notCountingSince < FRAMING_GRACE_MS) return null;
    return { text: words.framingMessage(workout.status, workout.plan.exercise), kind: 'framing', faults: [] };
  }

  private renderPanel() {
    switch (this.stage) {
      case 'idle':
        return this.renderIdle();
      case 'loading':
        return this.renderLoading();
      case 'setup':
        return this.renderSetup();
      case 'training':
        return this.renderCounter();
      case 'rest':
        return this.renderRest();
      case 'finished':
      case 'done':
        return this.renderSummary();
      case 'error':
        return this.renderError();
    }
  }

  private renderIdle() {
    const plans = this.settings.ok ? this.settings.settings.plans : [];
    const plan = plans[0]!;
    return html`
      <h2>${words.exerciseTitle(plan.exercise, plan.side)}</h2>
      <p class="summary">${plans.map((block) => words.planSummary(block, plans.length > 1)).join(', then ')}</p>
      <ol>
        ${words.cameraPlacement(plan.exercise, plan.side).map((step) => html`<li>${step}</li>`)}
      </ol>
      <button class="primary" part="start" @click=${() => void this.start()}>Start camera</button>
    `;
  }

  private renderLoading() {
    const { progress, measuring } = this.poseModel;
    return this.poseModel.loading.render({
      pending: () =>
        measuring
          ? html`<h2>Choosing the pose model…</h2><p part="model-timing">${words.modelTimingMessage(measuring)}</p>`
          : html`
              <h2>Loading the pose model…</h2>
              <progress part="progress" max=${progress?.totalBytes ?? 1} .value=${progress?.loadedBytes ?? 0}></progress>
              <p>Allow the camera when the browser asks.</p>
            `,
      complete: () => html`<h2>Opening the camera…</h2><p>Allow the camera when the browser asks.</p>`,
    });
  }

  /** The model in use while the coach runs; for `auto`, why it was chosen (one tap away, not in the way). */
  private renderModelInfo() {
    const model = this.loadedModel;
    if (this.lifecycle !== 'running' || !model) return nothing;
    const summary = words.poseModelSummary(model.info, model.reason !== null);
    if (!model.reason) return html`<p class="model-info" part="model-info">${summary}</p>`;
    return html`<details class="model-info" part="model-info"><summary>${summary}</summary><p part="model-reason">${model.reason}</p></details>`;
  }

  private renderSetup() {
    const workout = this.workout!;
    const framedFor = workout.framedSince !== null && workout.update ? workout.update.t - workout.framedSince : 0;
    return html`<gc-coach-setup
      part="setup"
      exportparts="title: setup-title, steps: setup-steps, framing, start: setup-start, camera: camera-choice"
      exercise=${workout.plan.exercise}
      side=${workout.plan.side}
      .status=${workout.update?.status ?? null}
      .progress=${Math.min(1, framedFor / FRAMED_START_MS)}
      .devices=${this.camera.devices}
      .camera=${this.camera.choice}
      @gc-start-now=${(event: Event) => this.handleInternal(event, () => this.startNow())}
      @gc-camera-change=${(event: CustomEvent<Partial<CameraChoice>>) => this.handleInternal(event, () => void this.changeCamera(event.detail))}
    ></gc-coach-setup>`;
  }

  private renderCounter() {
    const workout = this.workout!;
    return html`<gc-coach-counter part="counter" exportparts="count, target, sets" .count=${workout.count} .target=${workout.plan.targetReps} .set=${workout.set} .sets=${workout.plan.sets}></gc-coach-counter>
      <gc-stop-button part="pain-stop" @stop-pain=${(event: Event) => this.handleInternal(event, () => void this.stopForPain())}></gc-stop-button>`;
  }

  private renderRest() {
    const workout = this.workout!;
    const secondsLeft = Math.max(0, Math.ceil(((workout.restEndsAt ?? 0) - performance.now()) / 1000));
    return html`<gc-coach-rest
      part="rest"
      exportparts="seconds: rest-seconds, next: rest-next, skip: rest-skip"
      .secondsLeft=${secondsLeft}
      .next=${`set ${workout.set + 1} of ${workout.plan.sets}`}
      @gc-skip-rest=${(event: Event) => this.handleInternal(event, () => this.skipRest())}
    ></gc-coach-rest>`;
  }

  private renderSummary() {
    const reps = this.savedSessions.reduce((total, session) => total + session.reps, 0);
    return html`
      <h2>${this.gentler ? 'Stopped: it hurt' : 'Session complete'}</h2>
      <p class="summary" part="summary">${reps} reps saved${this.savedSessions.length > 1 ? ` over ${this.savedSessions.length} exercises` : ''}.</p>
      ${this.gentler ? html`<div class="gentler" part="gentler"><h3>${this.gentler.title}</h3><p>${this.gentler.advice}</p></div>` : nothing}
      <button class="primary" part="start" @click=${() => void this.start()}>Start again</button>
    `;
  }

  private renderError() {
    return html`
      <div class="error" part="error" role="alert">${this.failure?.message}</div>
      <button class="primary" part="start" @click=${() => void this.start()}>Try again</button>
    `;
  }

  /** The sub-components' own events are handled here and go no further: the page only hears <glute-coach>'s events. */
  private handleInternal(event: Event, handle: () => void): void {
    event.stopPropagation();
    handle();
  }
}
