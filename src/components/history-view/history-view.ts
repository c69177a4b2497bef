/**
 * `<gc-history-view>`: the workout history kept on this device. Lists sessions with their pain diary, charts
 * progress and back pain over time, deletes (after an in-component confirmation), exports JSON and CSV, imports
 * JSON, and offers to resume or close a session that a reload, closed tab or crash cut off.
 *
 *   const view = document.createElement('gc-history-view');
 *   view.store = await openSessionStore();
 *   view.addEventListener('resume-session', (event) => coach.resume(event.detail));
 *
 * Every string from the store is rendered through Lit text bindings, so imported text never becomes markup.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Persistence, SessionRecord, SessionStore } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import '../confirm-dialog/confirm-dialog';
import { ChartsController } from './charts-controller';
import { downloadHistory, importChosenFile, type ExportFormat } from './history-files';
import { historyGlance, type HistoryGlance } from './history-glance';
import { renderCalendar, renderTrends, renderWeeks } from './history-glance-view';
import { renderKeeping } from './history-keeping';
import { renderMovement } from './history-movement';
import { mean, repsOf, type ChartData } from './history-stats';
import { historyViewStyles } from './history-view.styles';
import { counted, deleteAllQuestion, deleteSessionQuestion, formatMeasure, painNotes, sessionAmount, sessionExerciseName, WHEN } from './history-words';
import { errorMessage } from '../../util/error-message';

export interface HistoryViewEvents {
  /** The person wants to carry on with a cut-off session: the app takes it over (it is still in progress). */
  'resume-session': SessionRecord;
  /** The person closed a cut-off session; the view has already stored it as interrupted (the detail). */
  'close-session': SessionRecord;
}

interface Confirmation {
  question: string;
  confirmLabel: string;
  run: () => Promise<void>;
}

interface Notice {
  tone: 'ok' | 'error';
  text: string;
  details: string[];
}

/** A page of the list: a year of two or three sessions a week fills a few, and each page renders quickly. */
const SESSIONS_PER_PAGE = 50;

function renderNote(data: ChartData): TemplateResult | typeof nothing {
  return data.note ? html`<figcaption>${data.note}</figcaption>` : nothing;
}

@customElement('gc-history-view')
export class HistoryView extends CoachElement<HistoryViewEvents> {
  static override styles = [tokens, historyViewStyles];

  /** Where history is kept; the view loads it whenever this is set. */
  @property({ attribute: false }) store: SessionStore | null = null;

  @state() private sessions: SessionRecord[] = [];
  @state() private unfinished: SessionRecord[] = [];
  @state() private confirming: Confirmation | null = null;
  @state() private notice: Notice | null = null;
  /** How many sessions the list shows, newest first: a long history is listed a page at a time. */
  @state() private listed = SESSIONS_PER_PAGE;
  @state() private persistence: Persistence | null = null;
  /** The session whose movement charts are shown, if any. */
  @state() private movementShown: string | null = null;

  /** Absent until a store is set (nothing but "Opening history…" is rendered before). */
  @query('input[type=file]') private fileInput!: HTMLInputElement | null;

  /** This month's calendar, the last weeks and the trends by exercise, worked out with the charts. */
  private glance: HistoryGlance | null = null;

  private readonly charts = new ChartsController(this, (error) => this.showFailure('Charts could not be drawn.', error));

  /** Reloads the sessions, e.g. after the app finished one. */
  async refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const [sessions, unfinished, persistence] = await Promise.all([store.list(), store.findUnfinished(), store.persistence()]);
    if (store !== this.store) return;
    this.sessions = sessions;
    this.unfinished = unfinished;
    this.persistence = persistence;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store')) void this.attempt('History could not be read.', () => this.refresh());
    if (changed.has('sessions')) {
      if (!this.sessions.some((session) => session.id === this.movementShown)) this.movementShown = null;
      this.charts.show(this.sessions);
      this.glance = historyGlance(this.sessions, Date.now());
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('sessions')) this.charts.draw();
  }

  protected override render(): TemplateResult {
    if (!this.store) return html`<p class="empty">Opening history…</p>`;
    const empty = this.sessions.length === 0;
    return html`
      ${renderKeeping(this.store, this.persistence, () => this.exportHistory('json'))}
      ${this.unfinished.map((session) => this.renderUnfinished(session))}
      <header>
        <h2>History</h2>
        <div class="actions">
          <button @click=${() => this.exportHistory('json')} ?disabled=${empty}>Export JSON</button>
          <button @click=${() => this.exportHistory('csv')} ?disabled=${empty}>Export CSV</button>
          <button @click=${() => this.fileInput?.click()}>Import JSON</button>
          <input type="file" accept=".json,application/json" hidden @change=${this.importFile} />
          <button class="danger" @click=${this.askDeleteAll} ?disabled=${empty}>Delete everything</button>
        </div>
      </header>
      ${this.renderNotice()}
      ${empty
        ? html`<p class="empty">No sessions yet: finished workouts show up here.</p>`
        : html`${this.renderGlance()}${this.renderCharts()}${this.renderSessions()}`}
      <gc-confirm-dialog
        .question=${this.confirming?.question ?? null}
        .confirmLabel=${this.confirming?.confirmLabel ?? ''}
        @gc-cancel=${this.cancelConfirmation}
        @gc-confirm=${this.confirm}
      ></gc-confirm-dialog>
    `;
  }

  private renderUnfinished(session: SessionRecord): TemplateResult {
    return html`
      <div class="banner" role="status" data-id=${session.id}>
        <p>
          Your ${sessionExerciseName(session)} session from ${WHEN.format(session.startedAt)} stopped before it ended;
          ${counted(session.reps, 'rep')} ${session.reps === 1 ? 'was' : 'were'} saved.
        </p>
        <button class="primary" @click=${() => this.resume(session)}>Resume</button>
        <button @click=${() => this.closeUnfinished(session)}>Close it</button>
      </div>
    `;
  }

  private renderNotice(): TemplateResult | typeof nothing {
    if (!this.notice) return nothing;
    const { tone, text, details } = this.notice;
    return html`
      <div class="notice ${tone}" role=${tone === 'error' ? 'alert' : 'status'}>
        <p>${text}</p>
        ${details.length > 0 ? html`<ul>${details.map((detail) => html`<li>${detail}</li>`)}</ul>` : nothing}
      </div>
    `;
  }

  private renderGlance(): TemplateResult | typeof nothing {
    if (!this.glance) return nothing;
    const { calendar, weeks, trends } = this.glance;
    return html`<div class="glance">${renderCalendar(calendar)}${renderWeeks(weeks)}${renderTrends(trends)}</div>`;
  }

  private renderCharts(): TemplateResult {
    return html`
      <div class="charts">
        ${this.charts.data.map((data, index) =>
          data.series.length > 0
            ? html`<figure class="chart" data-index=${index} aria-label=${data.title}>
                <div class="plot"></div><p class="time-axis visually-hidden"></p>${renderNote(data)}
              </figure>`
            : html`<figure><p class="empty">${data.title}: nothing recorded yet.</p>${renderNote(data)}</figure>`,
        )}
      </div>
    `;
  }

  private renderSessions(): TemplateResult {
    const hidden = this.sessions.length - this.listed;
    return html`<ul class="sessions">${this.sessions.slice(0, this.listed).map((session) => this.renderSession(session))}</ul>
      ${hidden > 0
        ? html`<button class="more" @click=${() => (this.listed += SESSIONS_PER_PAGE)}>
            Show ${counted(Math.min(hidden, SESSIONS_PER_PAGE), 'older session')} (${hidden} not shown)
          </button>`
        : nothing}`;
  }

  private renderSession(session: SessionRecord): TemplateResult {
    const reps = repsOf(session);
    const hold = mean(reps.map((rep) => rep.holdMs / 1000));
    const range = mean(reps.map((rep) => rep.romDeg));
    const pain = painNotes(session);
    return html`
      <li class="session" data-id=${session.id}>
        <span class="when">${WHEN.format(session.startedAt)}</span>
        <span class="what">
          ${sessionExerciseName(session)}: ${sessionAmount(session)}
          ${session.status === 'complete' ? nothing : html`<span class="status">(${session.status})</span>`}
        </span>
        <span class="detail">
          hold ${formatMeasure(hold, ' s')} · range ${formatMeasure(range, '°')} · ${counted(session.faults.length, 'form cue')} ·
          ${session.model} / ${session.engine} / ${session.delegate}
        </span>
        ${pain.length > 0 ? html`<span class="pain">${pain.join(' · ')}</span>` : nothing}
        ${renderMovement(session, this.movementShown === session.id, () => this.toggleMovement(session.id))}
        <button class="danger" @click=${() => this.askDelete(session)} aria-label="Delete the session of ${WHEN.format(session.startedAt)}">
          Delete
        </button>
      </li>
    `;
  }

  private toggleMovement(id: string): void {
    this.movementShown = this.movementShown === id ? null : id;
  }

  /** Runs a store action; a failure is shown in the view rather than lost in the console. */
  private async attempt(failure: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.showFailure(failure, error);
    }
  }

  private showFailure(text: string, error: unknown): void {
    this.notice = { tone: 'error', text, details: [errorMessage(error)] };
  }

  private resume(session: SessionRecord): void {
    this.unfinished = this.unfinished.filter((other) => other.id !== session.id);
    this.emit('resume-session', session);
  }

  private async closeUnfinished(session: SessionRecord): Promise<void> {
    const store = this.store;
    if (!store) return;
    await this.attempt('The session could not be closed.', async () => {
      const closed = await store.markInterrupted(session.id);
      this.emit('close-session', closed);
      await this.refresh();
    });
  }

  private askDelete(session: SessionRecord): void {
    this.confirming = {
      question: deleteSessionQuestion(session),
      confirmLabel: 'Delete session',
      run: async () => this.store?.delete(session.id),
    };
  }

  private askDeleteAll(): void {
    this.confirming = {
      question: deleteAllQuestion(this.sessions.length),
      confirmLabel: 'Delete everything',
      run: async () => this.store?.clear(),
    };
  }

  private cancelConfirmation(): void {
    this.confirming = null;
  }

  private async confirm(): Promise<void> {
    const confirmation = this.confirming;
    this.confirming = null;
    if (!confirmation) return;
    await this.attempt('Deleting failed.', async () => {
      await confirmation.run();
      this.notice = null;
      await this.refresh();
    });
  }

  private async exportHistory(format: ExportFormat): Promise<void> {
    const store = this.store;
    if (store) await this.attempt('Export failed.', () => downloadHistory(store, format));
  }

  private async importFile(event: Event): Promise<void> {
    const store = this.store;
    if (!store) return;
    await this.attempt('The file could not be read.', async () => {
      const result = await importChosenFile(event.target as HTMLInputElement, store);
      if (!result) return;
      this.notice = result.ok
        ? { tone: 'ok', text: `Imported ${counted(result.imported, 'session')}.`, details: [] }
        : { tone: 'error', text: 'Nothing was imported, and your history is unchanged. Problems found:', details: result.errors };
      await this.refresh();
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-history-view': HistoryView;
  }
}
