/**
 * What <glute-coach> shows, as functions of its state: a header, the camera picture with the skeleton (and the
 * hold bar while training), and a panel for the stage (the plan, loading, setup, count, rest, summary or error)
 * with the cue under it. Every control calls back into the element through CoachActions.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoachLifecycle, CoachStage } from '../../../live/coach-lifecycle';
import type { CameraChoice } from '../../../live/camera-controller';
import * as words from '../../../live/coaching-words';
import { sectionOf, type BlockPlan } from '../../../live/routine';
import type { RoutineSequencer } from '../../../live/routine-sequencer';
import type { SetReport } from '../../../live/set-report';
import type { WakeLockState } from '../../../live/wake-lock-controller';
import { FRAMED_START_MS, type Workout } from '../../../live/workout';
import type { SessionRecord } from '../../../storage';
import { cssomStyle } from '../../base/cssom-style';
import '../../coach-cue/coach-cue';
import '../../coach-hold/coach-hold';
import '../../coach-rest/coach-rest';
import '../../coach-setup/coach-setup';
import '../../coach-skeleton/coach-skeleton';
import '../../confirm-dialog/confirm-dialog';
import type { GentlerVariant } from '../../stop-button';
import type { SettingsCheck } from '../attributes';
import type { ShownCue } from './cue-timing';
import type { ShownSwitchOffer } from './exercise-switching';
import type { FloorView } from './floor-view';
import { handleInternal, renderCounter, renderHoldClock, renderSetReport, setsOf } from './panel-parts';
import { renderCameraMove, renderSkipBlock } from './routine-view';
import { renderSwitchOffer } from './switch-offer-view';

export interface CoachView {
  settings: SettingsCheck;
  stage: CoachStage;
  lifecycle: CoachLifecycle;
  routine: RoutineSequencer;
  cue: ShownCue | null;
  soundOn: boolean;
  /** Why sessions are not kept on this device, or null when they are. */
  historyOff: string | null;
  saved: readonly SessionRecord[];
  gentler: GentlerVariant | null;
  /** The set under way or just done. */
  setReport: SetReport | null;
  /** Whether the screen is kept on during the session. */
  screenLock: WakeLockState;
  /** The training view over the whole viewport (`fullscreen`, from Start to the end). */
  floor: FloorView;
  /** The "Leave" question is open. */
  leaving: boolean;
  highContrast: boolean;
  /** The offer to switch to the exercise the person seems to be doing, while it stands. */
  switchOffer: ShownSwitchOffer | null;
}

export interface CoachActions {
  start(): void;
  stop(): void;
  toggleSound(): void;
  toggleMirror(): void;
  startNow(): void;
  changeCamera(change: Partial<CameraChoice>): void;
  skipRest(): void;
  /** Skips the rest of a routine's block. */
  skipBlock(): void;
  stopForPain(): void;
  askToLeave(): void;
  /** The answer to "Leave": true ends the session. */
  answerLeave(leave: boolean): void;
  enterFullscreen(): void;
  toggleContrast(): void;
  /** The answer to the switch offer: true switches exercise. */
  answerSwitch(switchExercise: boolean): void;
}

type Part = TemplateResult | typeof nothing;

export function renderCoach(view: CoachView, actions: CoachActions): TemplateResult {
  if (!view.settings.ok) {
    return html`<div class="invalid" part="error" role="alert">Glute Coach cannot start: ${view.settings.message}</div>`;
  }
  const { lifecycle, cue } = view;
  const info = lifecycle.camera.info;
  const aspect = info && info.height > 0 ? info.width / info.height : 4 / 3;
  return html`
    <div class="coach" part="base" data-stage=${view.stage}>
      ${renderHeader(view, actions)}
      <div class="stage" part="stage">
        ${renderHold(view)}
        <div class="view ${lifecycle.mirrored ? 'mirrored' : ''}" part="view" ${cssomStyle({ '--aspect': String(aspect) })}>
          <video part="video" muted playsinline aria-label="Camera picture"></video>
          <gc-coach-skeleton part="skeleton" .landmarks=${lifecycle.pose?.image ?? null} .highlight=${cue?.faults ?? []} ?mirrored=${lifecycle.mirrored}></gc-coach-skeleton>
        </div>
      </div>
      <div class="panel" part="panel">
        ${view.stage === 'training' && view.switchOffer ? renderSwitchOffer(view.switchOffer, actions.answerSwitch) : nothing}
        ${renderPanel(view, actions)}
        ${view.floor.on ? renderHistoryOff(view) : renderPageNotes(view)}
        ${view.screenLock === 'unsupported' || view.screenLock === 'refused' ? html`<p class="screen-lock" part="screen-lock" role="status">${words.SCREEN_LOCK_ADVICE}</p>` : nothing}
        <gc-coach-cue part="cue-region" exportparts="cue" .text=${cue?.text ?? ''} .kind=${cue?.kind ?? 'framing'}></gc-coach-cue>
      </div>
      ${view.floor.on ? renderLeaveQuestion(view, actions) : nothing}
    </div>
  `;
}

/** The workout while a set is being trained, else null. */
export function trainingWorkout(stage: CoachStage, routine: RoutineSequencer): Workout | null {
  return stage === 'training' ? routine.workout : null;
}

/** The exercise on screen: the one being trained, or before a start the one the attributes ask for. */
function currentPlan({ lifecycle, routine, settings }: CoachView): BlockPlan | null {
  if (lifecycle.phase === 'running' && routine.block) return routine.block.plan;
  return settings.ok ? settings.settings.plans[0]! : null;
}

function renderHeader(view: CoachView, actions: CoachActions): TemplateResult {
  const { lifecycle, routine } = view;
  const plan = currentPlan(view);
  const step = lifecycle.phase === 'running' ? routine.block?.plan.step : undefined;
  const routineStep = step ? ` · ${sectionOf(step)} · ${routine.blockIndex + 1} of ${routine.plans.length}` : '';
  return html`
    <header part="header">
      <h1>${plan ? words.exerciseTitle(plan.exercise, plan.side) : ''}${routineStep}</h1>
      <button part="sound-toggle" aria-pressed=${view.soundOn} @click=${actions.toggleSound}>Sound</button>
      <button part="mirror-toggle" aria-pressed=${lifecycle.mirrored} @click=${actions.toggleMirror}>Mirror</button>
      ${view.floor.on ? renderFloorControls(view, actions) : nothing}
      ${lifecycle.active ? renderStop(view, actions) : nothing}
    </header>
  `;
}

/** The training view's own controls: the whole screen where the browser allows it, and the high-contrast theme. */
function renderFloorControls({ floor, highContrast }: CoachView, actions: CoachActions): TemplateResult {
  return html`
    ${floor.fullscreenAvailable && !floor.fullscreen ? html`<button part="fullscreen-toggle" @click=${actions.enterFullscreen}>Full screen</button>` : nothing}
    <button part="contrast-toggle" aria-pressed=${highContrast} @click=${actions.toggleContrast}>Contrast</button>
  `;
}

/** In the training view, leaving asks first: the page comes back only once the person means it. */
function renderStop({ floor }: CoachView, actions: CoachActions): TemplateResult {
  return floor.on ? html`<button part="stop" @click=${actions.askToLeave}>Leave</button>` : html`<button part="stop" @click=${actions.stop}>Stop</button>`;
}

function renderLeaveQuestion({ leaving }: CoachView, actions: CoachActions): TemplateResult {
  return html`<gc-confirm-dialog
    part="leave-dialog"
    .question=${leaving ? words.LEAVE_QUESTION : null}
    .confirmLabel=${'Leave'}
    @gc-confirm=${() => actions.answerLeave(true)}
    @gc-cancel=${() => actions.answerLeave(false)}
  ></gc-confirm-dialog>`;
}

/** What the page around the training view may show under the panel; the training view keeps only the history notice. */
function renderPageNotes(view: CoachView): Part {
  return html`${renderModelInfo(view.lifecycle)}${renderHistoryOff(view)}`;
}

/** That nothing will be kept is worth knowing before the set, not after it: shown in the training view too. */
function renderHistoryOff({ historyOff }: CoachView): Part {
  return historyOff ? html`<p part="history-off" role="status">${historyOff}</p>` : nothing;
}

function renderHold({ stage, routine }: CoachView): Part {
  const workout = trainingWorkout(stage, routine);
  if (!workout) return nothing;
  const update = workout.update;
  const holding = update?.phase === 'top' && update.status === 'ok';
  return html`<gc-coach-hold part="hold" exportparts="label: hold-label, bar: hold-bar" .holdMs=${update?.holdMs ?? 0} .targetMs=${workout.holdTargetMs} ?holding=${holding}></gc-coach-hold>`;
}

function renderPanel(view: CoachView, actions: CoachActions) {
  return html`${renderStagePanel(view, actions)}${renderSkipBlock(view.stage, view.routine.block, actions.skipBlock)}`;
}

function renderStagePanel(view: CoachView, actions: CoachActions) {
  switch (view.stage) {
    case 'idle':
      return renderIdle(view, actions);
    case 'loading':
      return renderLoading(view.lifecycle);
    case 'setup':
      return renderSetup(view, actions);
    case 'training':
      return view.routine.hold ? renderHoldClock(view.routine.hold, actions.stopForPain) : renderCounter(view.routine.workout!, actions.stopForPain);
    case 'rest':
      return renderRest(view, actions);
    case 'finished':
    case 'done':
      return renderSummary(view, actions);
    case 'error':
      return renderError(view.lifecycle, actions);
  }
}

function renderIdle({ settings }: CoachView, actions: CoachActions): TemplateResult {
  const plans = settings.ok ? settings.settings.plans : [];
  const plan = plans[0]!;
  return html`
    <h2>${words.exerciseTitle(plan.exercise, plan.side)}</h2>
    <p class="summary">${plans.map((block) => words.planSummary(block, plans.length > 1)).join(', then ')}</p>
    <ol>
      ${words.cameraPlacement(plan.exercise, plan.side).map((step) => html`<li>${step}</li>`)}
    </ol>
    <button class="primary" part="start" @click=${actions.start}>Start camera</button>
  `;
}

function renderLoading({ poseModel }: CoachLifecycle) {
  const { progress, measuring } = poseModel;
  return poseModel.loading.render({
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

/**
 * The model in use while the coach runs; for `auto`, why it was chosen (one tap away, not in the way); and, on a
 * model the form checks are less sure on, by how much (in view: it changes what a silent rep means).
 */
function renderModelInfo({ phase, model }: CoachLifecycle): Part {
  if (phase !== 'running' || !model) return nothing;
  const summary = words.poseModelSummary(model.info, model.reason !== null);
  const caveat = words.formCheckCaveat(model.info.variant);
  const info = model.reason
    ? html`<details class="model-info" part="model-info"><summary>${summary}</summary><p part="model-reason">${model.reason}</p></details>`
    : html`<p class="model-info" part="model-info">${summary}</p>`;
  return caveat ? html`${info}<p class="model-info" part="model-caveat" role="note">${caveat}</p>` : info;
}

function renderSetup({ lifecycle, routine, switchOffer }: CoachView, actions: CoachActions): TemplateResult {
  const workout = routine.block!;
  const now = routine.hold ? routine.hold.lastT : (routine.workout?.update?.t ?? null);
  // Null before the block's first frame: the set-up says nothing about the framing until it has seen one.
  const status = routine.hold ? (routine.hold.frame?.status ?? null) : (routine.workout?.update?.status ?? null);
  const framedFor = workout.framedSince !== null && now !== null ? now - workout.framedSince : 0;
  return html`${renderCameraMove(routine.change)}<gc-coach-setup
    part="setup"
    exportparts="title: setup-title, steps: setup-steps, framing, start: setup-start, camera: camera-choice"
    exercise=${workout.plan.exercise}
    side=${workout.plan.side}
    .status=${status}
    .progress=${Math.min(1, framedFor / FRAMED_START_MS)}
    .devices=${lifecycle.camera.devices}
    .camera=${lifecycle.camera.choice}
    @gc-start-now=${(event: Event) => handleInternal(event, actions.startNow)}
    @gc-camera-change=${(event: CustomEvent<Partial<CameraChoice>>) => handleInternal(event, () => actions.changeCamera(event.detail))}
  >${switchOffer ? renderSwitchOffer(switchOffer, actions.answerSwitch, 'framing') : nothing}</gc-coach-setup>`;
}

function renderRest({ routine, setReport }: CoachView, actions: CoachActions): TemplateResult {
  const workout = routine.block!;
  const secondsLeft = Math.max(0, Math.ceil(((workout.restEndsAt ?? 0) - performance.now()) / 1000));
  const sets = setsOf(workout.plan);
  return html`${renderSetReport(setReport, sets)}<gc-coach-rest
    part="rest"
    exportparts="seconds: rest-seconds, next: rest-next, skip: rest-skip"
    .secondsLeft=${secondsLeft}
    .next=${`set ${workout.set + 1} of ${sets}`}
    @gc-skip-rest=${(event: Event) => handleInternal(event, actions.skipRest)}
  ></gc-coach-rest>`;
}

function renderSummary({ saved, gentler, routine, setReport }: CoachView, actions: CoachActions): TemplateResult {
  const skipped = saved.filter((session) => session.status === 'skipped').length;
  const workout = routine.block;
  const sets = workout ? setsOf(workout.plan) : 1;
  // A routine whose last block was skipped went to its end.
  const stoppedAt = workout?.skipped ? null : (workout?.stoppedAt ?? null);
  const title = gentler ? 'Stopped: it hurt' : words.sessionEndTitle(stoppedAt, sets);
  return html`
    <h2 part="summary-title">${title}</h2>
    <p class="summary" part="summary">${words.savedSummary(saved, skipped)}</p>
    ${renderSetReport(setReport, sets)}
    ${gentler ? html`<div class="gentler" part="gentler"><h3>${gentler.title}</h3><p>${gentler.advice}</p></div>` : nothing}
    <button class="primary" part="start" @click=${actions.start}>Start again</button>
  `;
}

function renderError({ failure }: CoachLifecycle, actions: CoachActions): TemplateResult {
  return html`
    <div class="error" part="error" role="alert">${failure?.message}</div>
    <button class="primary" part="start" @click=${actions.start}>Try again</button>
  `;
}
