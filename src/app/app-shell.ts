/**
 * <gc-app>: the standalone app. Four views behind a simple navigation (kept in the URL hash, so back and
 * reload work): Train (live training with <glute-coach>), Analyse a clip, History, and Safety check (the
 * red-flag questions, also shown before the first session). The clip, history and safety views are loaded
 * only when first needed (a @lit/task), so the coach starts without their code.
 */
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { DEFAULT_EXERCISE, EXERCISES, HOLD_IDS, isHoldId, takesChosenSide, type Side } from '../analysis';
import type { ClipAnalysis } from '../clip/analyze-clip';
import { CoachElement, tokens } from '../components/base/coach-element';
import '../components/glute-coach/glute-coach';
import '../components/pain-rating';
import '../components/week-progress/week-progress';
import type { WeekProgress } from '../components/week-progress/week-progress';
import { exerciseName, routineTitle } from '../live/coaching-words';
import { isRoutine, ROUTINES } from '../live/routine';
import type { CoachErrorDetail, GluteCoach } from '../components/glute-coach/glute-coach';
import { needsSafetyScreen, openSessionStore, type SafetyAnswer, type SessionRecord, type SessionStore } from '../storage';
import { appShellStyles } from './app-shell.styles';
import { clipSession } from './clip-session';
import { PainDiary } from './pain-diary';
import { choiceFor, FIRST_CHOICE, targetLabels, withPlan, type TrainingChoice } from './training-choice';

const VIEWS = { train: 'Train', clip: 'Analyse a clip', history: 'History', report: 'Physio report', safety: 'Safety check' } as const;
type View = keyof typeof VIEWS;

function viewFromHash(): View {
  const name = location.hash.slice(1);
  return name in VIEWS ? (name as View) : 'train';
}

/** The lazily loaded views: each import defines its element. */
const LOADERS: Record<Exclude<View, 'train'>, () => Promise<unknown>> = {
  clip: () => import('../components/clip-analyzer/clip-analyzer'),
  history: () => import('../components/history-view'),
  report: () => import('../components/physio-report'),
  safety: () => import('../components/safety-screen'),
};

@customElement('gc-app')
export class AppShell extends CoachElement {
  static override styles = [tokens, appShellStyles];

  @state() private view: View = viewFromHash();
  @state() private choice: TrainingChoice = FIRST_CHOICE;
  @state() private store: SessionStore | null = null;
  /** The red-flag screen comes before the first session; null while that is not known yet. */
  @state() private safetyAnswered: boolean | null = null;
  @state() private previousSafety: SafetyAnswer | null = null;
  /** The coach found no camera it could use: the clip analyser is offered instead. */
  @state() private noCamera = false;
  /** The coach's training view covers the screen: the navigation, the form and the pain scale step aside. */
  @state() private inTrainingView = false;
  private readonly painDiary = new PainDiary();
  @query('glute-coach') private coach!: GluteCoach | null;
  @query('gc-week-progress') private weekProgress!: WeekProgress | null;

  private readonly onHashChange = (): void => {
    this.view = viewFromHash();
  };

  private readonly lazyView = new Task(this, {
    task: async ([view]: readonly [View]) => (view === 'train' ? undefined : LOADERS[view]()),
    args: () => [this.view] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHashChange);
    void this.openStore();
  }

  private async openStore(): Promise<void> {
    const store = await openSessionStore();
    this.store = store;
    this.safetyAnswered = !(await needsSafetyScreen(store));
    this.previousSafety = await store.safetyAnswer();
    if (!this.safetyAnswered) await LOADERS.safety();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHashChange);
    this.store?.close();
    super.disconnectedCallback();
  }

  protected override render() {
    return html`
      ${this.inTrainingView ? nothing : this.renderNavigation()}
      <main>${this.renderView()}</main>
    `;
  }

  private renderNavigation() {
    return html`<nav aria-label="Glute Coach">
      <strong>Glute Coach</strong>
      ${Object.entries(VIEWS).map(([view, label]) => html`<a href="#${view}" aria-current=${view === this.view ? 'page' : 'false'}>${label}</a>`)}
    </nav>`;
  }

  private renderView() {
    if (this.view !== 'train') return this.renderLazyView();
    if (this.safetyAnswered === null) return html`<p class="note">Loading…</p>`;
    return this.safetyAnswered ? this.renderTraining() : this.renderSafetyScreen();
  }

  private renderSafetyScreen() {
    return html`<gc-safety-screen .previous=${this.previousSafety} @safety-complete=${(event: CustomEvent<SafetyAnswer>) => void this.saveSafety(event.detail)}></gc-safety-screen>`;
  }

  private async saveSafety(answer: SafetyAnswer): Promise<void> {
    await this.store?.saveSafetyAnswer(answer);
    this.previousSafety = answer;
    this.safetyAnswered = true;
    location.hash = '#train';
  }

  private renderPainRating() {
    const diary = this.painDiary;
    if (diary.afterFor) {
      return html`<gc-pain-rating moment="after" @pain-rated=${(event: CustomEvent<{ value: number | null }>) => void this.rateAfter(event.detail.value)}></gc-pain-rating>`;
    }
    if (diary.before !== undefined) return nothing;
    return html`<gc-pain-rating moment="before" @pain-rated=${(event: CustomEvent<{ value: number | null }>) => this.rateBefore(event.detail.value)}></gc-pain-rating>`;
  }

  private rateBefore(value: number | null): void {
    this.painDiary.rateBefore(value);
    this.requestUpdate();
  }

  private async rateAfter(value: number | null): Promise<void> {
    if (this.store) await this.painDiary.rateAfter(this.store, value);
    this.requestUpdate();
  }

  private async sessionSaved(session: SessionRecord): Promise<void> {
    if (this.store) await this.painDiary.sessionSaved(this.store, session);
    await this.weekProgress?.refresh();
    this.requestUpdate();
  }

  private renderTraining() {
    const { plan, side, targetReps, sets } = this.choice;
    const routine = isRoutine(plan);
    return html`
      ${this.inTrainingView ? nothing : html`<gc-week-progress .store=${this.store}></gc-week-progress>${this.renderTrainingChoice()}${this.renderPainRating()}`}
      <glute-coach
        exercise=${routine ? DEFAULT_EXERCISE : plan}
        side=${side}
        target-reps=${targetReps}
        sets=${sets}
        routine=${routine ? plan : nothing}
        voice
        fullscreen
        @training-view=${(event: CustomEvent<{ on: boolean }>) => (this.inTrainingView = event.detail.on)}
        @session-end=${(event: CustomEvent<SessionRecord>) => void this.sessionSaved(event.detail)}
        @ready=${() => (this.noCamera = false)}
        @error=${(event: CustomEvent<CoachErrorDetail>) => (this.noCamera = event.detail.code === 'no-camera' || event.detail.code === 'camera-denied')}
      ></glute-coach>
      ${this.noCamera ? html`<p class="note" role="status">No camera to use? Film your set with a phone and <a href="#clip">analyse the video</a> instead.</p>` : nothing}
    `;
  }

  /** What to train: the exercise (or the routine), the working leg where it has one, reps and sets. */
  private renderTrainingChoice() {
    const { plan, side, targetReps, sets } = this.choice;
    const routine = isRoutine(plan);
    return html`
      <form aria-label="What to train" @submit=${(event: Event) => event.preventDefault()}>
        <label>Exercise
          <select @change=${(event: Event) => (this.choice = withPlan(this.choice, (event.target as HTMLSelectElement).value as TrainingChoice['plan']))}>
            ${EXERCISES.map((id) => html`<option value=${id} ?selected=${plan === id}>${exerciseName(id)}</option>`)}
            <optgroup label="Timed holds">
              ${HOLD_IDS.map((id) => html`<option value=${id} ?selected=${plan === id}>${exerciseName(id)}</option>`)}
            </optgroup>
            ${ROUTINES.map((id) => html`<option value=${id} ?selected=${plan === id}>${routineTitle(id)}</option>`)}
          </select>
        </label>
        ${!isRoutine(plan) && !isHoldId(plan) && takesChosenSide(plan)
          ? html`<label>Working leg
              <select @change=${(event: Event) => this.choose({ side: (event.target as HTMLSelectElement).value as Side })}>
                <option value="left" ?selected=${side === 'left'}>Left</option>
                <option value="right" ?selected=${side === 'right'}>Right</option>
              </select>
            </label>`
          : nothing}
        ${routine ? nothing : this.renderTargets(targetLabels(plan), targetReps, sets)}
      </form>
    `;
  }

  private renderTargets(labels: ReturnType<typeof targetLabels>, targetReps: number, sets: number) {
    return html`${this.numberField(labels.reps, targetReps, (value) => this.choose({ targetReps: value }))}
      ${labels.sets ? this.numberField(labels.sets, sets, (value) => this.choose({ sets: value })) : nothing}`;
  }

  private numberField(label: string, value: number, change: (value: number) => void) {
    return html`<label>${label}
      <input type="number" min="1" max="50" .value=${String(value)} @change=${(event: Event) => change(Number((event.target as HTMLInputElement).value))} />
    </label>`;
  }

  private choose(change: Partial<TrainingChoice>): void {
    this.choice = { ...this.choice, ...change };
  }

  private renderLazyView() {
    return this.lazyView.render({
      pending: () => html`<p class="note">Loading…</p>`,
      complete: () => this.renderLoadedView(),
      error: (error) => html`<p role="alert">This part of the app could not be loaded: ${String(error)}</p>`,
    });
  }

  private renderLoadedView() {
    if (this.view === 'clip') return this.renderClipAnalyzer();
    if (this.view === 'safety') return this.renderSafetyScreen();
    if (this.view === 'report') return html`<gc-physio-report .store=${this.store}></gc-physio-report>`;
    return this.renderHistory();
  }

  private renderClipAnalyzer() {
    return html`<gc-clip-analyzer @save-request=${(event: CustomEvent<ClipAnalysis>) => void this.saveClip(event.detail)}></gc-clip-analyzer>`;
  }

  private renderHistory() {
    const note = this.store && !this.store.available ? html`<p class="note">History is not kept on this device: ${this.store.reason}</p>` : nothing;
    return html`${note}<gc-history-view
        .store=${this.store}
        @resume-session=${(event: CustomEvent<SessionRecord>) => void this.resumeSession(event.detail)}
      ></gc-history-view>`;
  }

  /** Back to training with the cut-off session's exercise and targets; the coach carries on recording it. */
  private async resumeSession(session: SessionRecord): Promise<void> {
    // A hold on its own lasts seconds and the app's picker offers rep exercises only: it is started again, not
    // carried on. A routine's hold block carries the routine on, as any of its blocks does.
    if (isHoldId(session.exercise) && !session.routine) return;
    this.choice = choiceFor(session);
    location.hash = '#train';
    this.view = 'train';
    await this.updateComplete;
    await this.coach?.resume(session);
  }

  private async saveClip(result: ClipAnalysis): Promise<void> {
    const store = this.store ?? (this.store = await openSessionStore());
    await store.saveComplete(clipSession(result));
    location.hash = '#history';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-app': AppShell;
  }
}
