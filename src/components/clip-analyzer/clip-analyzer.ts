/**
 * <gc-clip-analyzer>: pick or drop a recorded video; it is analysed in this browser (nothing is uploaded) and
 * the result replays it with the analysed skeleton over it (fault joints in red while a faulty top is held,
 * the rep and angle on screen), charts the movement angle under it (a click on a rep shows its top) and lists
 * reps, holds, range and every fault with a button that shows the moment in the video. The landmarks of the
 * replay are kept in memory only, for as long as the result is shown.
 */
import { html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state, query } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import { CoachElement, tokens } from '../base/coach-element';
import { cssomStyle } from '../base/cssom-style';
import { preloadCharts } from '../charts/chart-library';
import { clipAnalyzerStyles } from './clip-analyzer.styles';
import { EXERCISES, faultKind, takesChosenSide, type ExerciseId, type Side, type TrackingStatus } from '../../analysis';
import { defaultAssetsBase, PoseClient, type EnginePreference, type ModelVariant } from '../../pose';
import { analyzeClip, DETECT, NoExerciseDetected, type ClipAnalysis, type ClipCandidate, type ClipProgress } from '../../clip/analyze-clip';
import { ClipReplay } from '../../clip/clip-replay';
import { loadForClip, type PeopleChoice } from '../../clip/people-probe';
import { openVideo } from '../../clip/video-frames';
import { exerciseName, exerciseTitle, formCheckCaveat, framingMessage, notChecked } from '../../live/coaching-words';
import { errorMessage } from '../../util/error-message';
import '../coach-skeleton/coach-skeleton';
import '../movement-chart/movement-chart';
import { movementChartData, type MovementChartData } from '../movement-chart';
import { ReplayController } from './replay-controller';

export interface ClipAnalyzerEvents {
  'analysis-complete': ClipAnalysis;
  'save-request': ClipAnalysis;
  error: { code: string; message: string };
}

/** A finished analysis with what its replay shows. */
interface AnalysedClip {
  analysis: ClipAnalysis;
  replay: ClipReplay;
  chart: MovementChartData;
}

/** `people="auto"`, or a number of people. */
function peopleFromAttribute(value: string | null): PeopleChoice {
  const people = Number(value);
  return Number.isInteger(people) && people >= 1 ? people : 'auto';
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The exercise to analyse a clip as: one of the catalogue's, or `detect` (the one the clip shows). */
type ClipExercise = ExerciseId | typeof DETECT;

/** "Clamshell, left leg (100% of the frames in its position)": a candidate and how sure it is. */
function candidateText({ exercise, side, inPositionShare }: Omit<ClipCandidate, 'reps'>): string {
  return `${exerciseTitle(exercise, side ?? 'left')} (${Math.round(inPositionShare * 100)}% of the frames in its position)`;
}

/** What went wrong, in words: with `detect` and nothing found, the closest exercise and what to do. */
function failureMessage(error: unknown): string {
  if (!(error instanceof NoExerciseDetected)) return errorMessage(error);
  const closest = error.closest ? ` The closest: ${candidateText(error.closest)}.` : '';
  return `No exercise detected: the person was not in any exercise's position on enough of the frames.${closest} Choose the exercise and analyse again.`;
}

@customElement('gc-clip-analyzer')
export class ClipAnalyzerElement extends CoachElement<ClipAnalyzerEvents> {
  static override styles = [tokens, clipAnalyzerStyles];

  /** `detect` (the default): the exercise the clip shows, with how sure that is; or the catalogue's id of one. */
  @property({ reflect: true }) exercise: ClipExercise = DETECT;
  @property({ reflect: true }) side: Side = 'left';
  @property({ reflect: true }) model: ModelVariant = 'full';
  /** 'auto': MediaPipe, falling back to TensorFlow.js where MediaPipe cannot run; or one engine only. */
  @property({ reflect: true }) engine: EnginePreference = 'auto';
  /**
   * How many people the model looks for in each frame: `auto` (the default) one, or two where a first look at the
   * clip finds someone else in the picture (a partner, a class); the analysis follows the one in the exercise's
   * position. MediaPipe only: the tfjs fallback finds one.
   */
  @property({ reflect: true, converter: { fromAttribute: peopleFromAttribute } }) people: PeopleChoice = 'auto';
  @property({ attribute: 'assets-base' }) assetsBase = defaultAssetsBase();

  @state() private file: File | null = null;
  @state() private progress: ClipProgress | null = null;
  @state() private dragging = false;
  @query('#preview') private preview?: HTMLVideoElement;

  private client: PoseClient | null = null;
  private previewUrl: string | null = null;
  private readonly replay = new ReplayController(this);

  private readonly analysis = new Task(this, {
    autoRun: false,
    task: async ([file, exercise, side, model, engine, people]: [File, ClipExercise, Side, ModelVariant, EnginePreference, PeopleChoice], { signal }): Promise<AnalysedClip> => {
      this.progress = null;
      const video = await openVideo(file);
      this.client ??= new PoseClient();
      const loaded = await loadForClip(video, this.client, { variant: model, engine, assetsBase: this.assetsBase, delegate: 'auto' }, people);
      const options = exercise === DETECT ? DETECT : { exercise, side };
      const replay = new ClipReplay();
      const hooks = { onProgress: (p: ClipProgress) => (this.progress = p), onPose: replay.add, signal };
      const result = await analyzeClip(video, this.client, loaded, options, hooks);
      this.emit('analysis-complete', result);
      return { analysis: result, replay, chart: movementChartData(result.exercise, replay, result.repDetails) };
    },
    onError: (error) => this.emit('error', { code: errorCode(error), message: failureMessage(error) }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.analysis.abort();
    this.client?.terminate();
    this.client = null;
    this.revokePreview();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('exercise') && this.exercise !== DETECT && !EXERCISES.includes(this.exercise)) {
      this.emit('error', { code: 'invalid-attribute', message: `Unknown exercise "${this.exercise}".` });
      this.exercise = DETECT;
    }
  }

  /** Analyses `file` now; the public entry used by the file picker, drag and drop, and scripts. */
  analyze(file: File): Promise<unknown> {
    preloadCharts(); // the result's movement chart: fetched while the frames are analysed, so none is made after
    this.file = file;
    this.revokePreview();
    this.previewUrl = URL.createObjectURL(file);
    return this.analysis.run([file, this.exercise, this.side, this.model, this.engine, this.people]);
  }

  private revokePreview(): void {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = null;
  }

  private onPick(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) void this.analyze(file);
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    const file = event.dataTransfer?.files[0];
    if (file) void this.analyze(file);
  }

  protected override updated(): void {
    this.replay.attach(this.preview ?? null);
  }

  private showMoment(ms: number): void {
    if (!this.preview) return;
    this.replay.seek(ms);
    this.preview.scrollIntoView({ block: 'nearest' });
  }

  override render() {
    const busy = this.analysis.status === TaskStatus.PENDING;
    return html`
      <div class="controls" part="controls">
        <label>Exercise
          <select .value=${this.exercise} @change=${(e: Event) => (this.exercise = (e.target as HTMLSelectElement).value as ClipExercise)} ?disabled=${busy}>
            <option value=${DETECT} ?selected=${this.exercise === DETECT}>Detect</option>
            ${EXERCISES.map((id) => html`<option value=${id} ?selected=${id === this.exercise}>${exerciseName(id)}</option>`)}
          </select>
        </label>
        ${this.exercise !== DETECT && takesChosenSide(this.exercise)
          ? html`<label>Working leg
              <select .value=${this.side} @change=${(e: Event) => (this.side = (e.target as HTMLSelectElement).value as Side)} ?disabled=${busy}>
                <option value="left" ?selected=${this.side === 'left'}>Left leg</option>
                <option value="right" ?selected=${this.side === 'right'}>Right leg</option>
              </select>
            </label>`
          : nothing}
      </div>
      <div
        class="drop ${this.dragging ? 'over' : ''}"
        part="drop-zone"
        @dragover=${(e: DragEvent) => { e.preventDefault(); this.dragging = true; }}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <p>Drop a video of your set here, or</p>
        <input id="file" type="file" accept="video/*" aria-label="Choose a video to analyse" @change=${this.onPick} ?disabled=${busy} />
        <p><small>The video is analysed on this device and never uploaded.</small></p>
      </div>
      ${this.analysis.render({
        pending: () => this.renderProgress(),
        complete: (clip) => this.renderResult(clip),
        error: (error) => html`<p role="alert">${failureMessage(error)}</p>`,
      })}
    `;
  }

  private renderProgress() {
    const p = this.progress;
    const reps = p?.reps === null ? '' : `: ${p?.reps} reps so far`;
    return html`<p aria-live="polite">${p ? `Analysing frame ${p.done} of ${p.total}${reps}` : 'Loading the pose model…'}</p>
      <progress part="progress" max=${p?.total ?? 1} value=${p?.done ?? 0}></progress>`;
  }

  /** The video with the analysed skeleton over it, the rep and angle of the moment shown, and its chart. */
  private renderReplay(result: ClipAnalysis, replay: ClipReplay, chart: MovementChartData) {
    const moment = this.replay.moment(replay, result.repDetails, chart.reps);
    const ratio = this.replay.aspectRatio;
    return html`
      <div class="stage" ${cssomStyle(ratio ? { 'aspect-ratio': String(ratio), width: `min(100%, calc(60vh * ${ratio}))` } : {})}>
        <video id="preview" src=${this.previewUrl} controls muted playsinline></video>
        <gc-coach-skeleton .landmarks=${moment.landmarks} .highlight=${moment.faults}></gc-coach-skeleton>
        <p class="readout" data-testid="replay-readout">
          <span>Rep <strong data-testid="replay-rep">${moment.rep ?? '–'}</strong></span>
          <span><strong data-testid="replay-angle">${moment.angleDeg === null ? '–' : moment.angleDeg.toFixed(0)}</strong>°</span>
        </p>
      </div>
      <gc-movement-chart .data=${chart} .playhead=${moment.t} @rep-select=${(e: CustomEvent<{ top: number }>) => this.showMoment(e.detail.top)}></gc-movement-chart>
    `;
  }

  /** Why a clip counted nothing, in the words the live coach uses for the same reason. */
  private renderWhyNothing(result: ClipAnalysis) {
    const reason = mainReasonKeptOut(result.framesByStatus);
    if (!reason) return nothing;
    return html`<p class="fault" data-testid="why-nothing" data-reason=${reason}>
      Nothing counted. In ${result.framesByStatus[reason]} of ${result.frames} frames: ${framingMessage(reason, result.exercise)}.
    </p>`;
  }

  /** The exercise detected, how sure (its share of the frames in its position) and the next most likely. */
  private renderDetection({ detection, exercise, side }: ClipAnalysis) {
    if (!detection) return nothing;
    const found = candidateText({ exercise, side, inPositionShare: detection.inPositionShare });
    const next = detection.runnerUp ? `next most likely: ${candidateText(detection.runnerUp)}` : "in no other exercise's position at all";
    return html`<p data-testid="detected">Detected: <strong>${found}</strong>; ${next}.</p>`;
  }

  private renderResult({ analysis: result, replay, chart }: AnalysedClip) {
    return html`
      <section part="result" aria-live="polite">
        ${this.renderDetection(result)}
        <p class="reps"><span data-testid="reps">${result.reps}</span> reps${result.repsByLeg ? ` (left ${result.repsByLeg.left}, right ${result.repsByLeg.right})` : ''}</p>
        ${result.people > 1
          ? html`<p data-testid="people">Someone else is in the picture too: these are the reps of the person in the ${exerciseName(result.exercise).toLowerCase()} position.</p>`
          : nothing}
        ${result.reps === 0 ? this.renderWhyNothing(result) : nothing}
        ${this.previewUrl ? this.renderReplay(result, replay, chart) : nothing}
        <table>
          <thead><tr><th>Rep</th><th>Top at</th><th>Held</th><th>Range</th><th>Past straight</th><th>Faults</th></tr></thead>
          <tbody>
            ${result.repDetails.map((rep) => html`<tr>
              <td>${rep.rep}${rep.leg ? ` ${rep.leg}` : ''}</td><td>${seconds(rep.top)}</td><td>${seconds(rep.holdMs)}</td><td>${rep.romDeg.toFixed(0)}°</td>
              <td>${rep.peakExtensionDeg === null ? '–' : `${rep.peakExtensionDeg.toFixed(0)}°`}</td>
              <td class="fault">${rep.faults.join(', ')}</td></tr>`)}
          </tbody>
        </table>
        <ul>
          ${result.faults.map((fault) => html`<li class="fault">Rep ${fault.rep} at ${seconds(fault.t)}: ${fault.cue} (${fault.value.toFixed(0)}°)
              <button @click=${() => this.showMoment(fault.t)}>Show</button></li>`)}
        </ul>
        ${result.notJudged.length > 0
          ? html`<p data-testid="not-judged">${notChecked(result.notJudged.map((type) => faultKind(type).label))}</p>`
          : nothing}
        <p><small>${result.model} model, ${result.engine} on ${result.delegate}, ${result.msPerFrame.median} ms a frame.
          ${formCheckCaveat(result.model) ?? nothing}</small></p>
        <button class="primary" @click=${() => this.emit('save-request', result)}>Save to history</button>
      </section>
    `;
  }
}

/** The status that kept the most frames out of the count; null when none was kept out. */
function mainReasonKeptOut(framesByStatus: Record<TrackingStatus, number>): Exclude<TrackingStatus, 'ok'> | null {
  let main: Exclude<TrackingStatus, 'ok'> | null = null;
  for (const [status, frames] of Object.entries(framesByStatus) as [TrackingStatus, number][]) {
    if (status !== 'ok' && frames > 0 && (main === null || frames > framesByStatus[main])) main = status;
  }
  return main;
}

function errorCode(error: unknown): string {
  if (error && typeof error === 'object' && 'failure' in error) return (error as { failure: { code: string } }).failure.code;
  if (error && typeof error === 'object' && 'code' in error) return String((error as { code: unknown }).code);
  return 'analysis-failed';
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-clip-analyzer': ClipAnalyzerElement;
  }
}
