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
import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { Phase } from '../../analysis/types';
import type { PainStop, SessionRecord, SessionStore } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import { drawChart, type DrawnChart } from './charts';
import { exerciseLabel, HISTORY_CHARTS, mean, repsOf, type ChartData } from './history-stats';

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

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function exerciseName(session: SessionRecord): string {
  const label = exerciseLabel(session.exercise);
  return session.side ? `${label} (${session.side} side)` : label;
}

/** "1 rep", "3 reps". */
function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function formatMeasure(value: number | null, unit: string): string {
  return value === null ? '–' : `${value.toFixed(1)}${unit}`;
}

const PHASE_WORDS: Record<Phase, string> = {
  bottom: 'at the bottom',
  rising: 'on the way up',
  top: 'at the top',
  lowering: 'on the way down',
};

/** "back pain 6 → 4 (0-10)", "stopped for pain: set 1, rep 3, on the way up"; empty when nothing was noted. */
function painNotes(session: SessionRecord): string[] {
  const { painBefore, painAfter, painStops } = session;
  const rated = painBefore !== null || painAfter !== null;
  const ratings = rated ? [`back pain ${painBefore ?? '–'} → ${painAfter ?? '–'} (0-10)`] : [];
  return [...ratings, ...painStops.map(stopWords)];
}

function stopWords({ set, rep, phase }: PainStop): string {
  return `stopped for pain: set ${set}, rep ${rep}, ${PHASE_WORDS[phase]}`;
}

function renderNote(data: ChartData): TemplateResult | typeof nothing {
  return data.note ? html`<figcaption>${data.note}</figcaption>` : nothing;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function download(fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download reads the blob after this task; revoking at once could cut it off.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const EXPORTS = {
  json: { type: 'application/json', write: (store: SessionStore) => store.exportJson() },
  csv: { type: 'text/csv', write: (store: SessionStore) => store.exportCsv() },
};

function datedFileName(extension: string): string {
  return `glute-coach-history-${new Date().toISOString().slice(0, 10)}.${extension}`;
}

@customElement('gc-history-view')
export class HistoryView extends CoachElement<HistoryViewEvents> {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        --_grid: var(--gc-chart-grid, rgba(169, 180, 192, 0.25));
      }
      header,
      .actions,
      .banner {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
      header {
        justify-content: space-between;
      }
      button.danger {
        border-color: var(--_danger);
      }
      .banner,
      .notice,
      .session,
      figure,
      dialog {
        background: var(--_surface);
        border-radius: var(--_radius);
        padding: 1rem;
      }
      .banner,
      .notice,
      .session,
      figure {
        margin: 0 0 1rem;
      }
      .banner,
      .notice.warn {
        border-left: 6px solid var(--_warn);
      }
      .notice.error {
        border-left: 6px solid var(--_danger);
      }
      .notice.ok {
        border-left: 6px solid var(--_accent);
      }
      .banner p {
        flex: 1 1 20rem;
        margin: 0;
      }
      .charts {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
        gap: 1rem;
      }
      .sessions {
        list-style: none;
        padding: 0;
      }
      .session {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.25rem 1rem;
      }
      .session button {
        grid-row: 1 / span 4;
        grid-column: 2;
        align-self: center;
      }
      .when,
      .detail,
      .empty,
      figcaption {
        color: var(--_muted);
      }
      .status {
        color: var(--_warn);
      }
      dialog {
        color: var(--_fg);
        border: 2px solid var(--_danger);
        max-width: 32rem;
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.6);
      }
    `,
  ];

  /** Where history is kept; the view loads it whenever this is set. */
  @property({ attribute: false }) store: SessionStore | null = null;

  @state() private sessions: SessionRecord[] = [];
  @state() private unfinished: SessionRecord[] = [];
  @state() private confirming: Confirmation | null = null;
  @state() private notice: Notice | null = null;

  /** Absent until a store is set (nothing but "Opening history…" is rendered before). */
  @query('dialog') private dialog!: HTMLDialogElement | null;
  @query('input[type=file]') private fileInput!: HTMLInputElement | null;

  private chartData: ChartData[] = [];
  private charts: DrawnChart[] = [];
  /** Bumped per drawing, so a drawing overtaken while uPlot loads throws its charts away. */
  private drawing = 0;

  /** Reloads the sessions, e.g. after the app finished one. */
  async refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const [sessions, unfinished] = await Promise.all([store.list(), store.findUnfinished()]);
    if (store !== this.store) return;
    this.sessions = sessions;
    this.unfinished = unfinished;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('store')) void this.attempt('History could not be read.', () => this.refresh());
    if (changed.has('sessions')) this.chartData = HISTORY_CHARTS.map((build) => build(this.sessions));
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('sessions')) void this.attempt('Charts could not be drawn.', () => this.drawCharts());
    if (changed.has('confirming')) this.showDialog(this.confirming !== null);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: the charts were let go on disconnect.
    if (this.hasUpdated) void this.attempt('Charts could not be drawn.', () => this.drawCharts());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drawing += 1;
    this.destroyCharts();
  }

  protected override render(): TemplateResult {
    if (!this.store) return html`<p class="empty">Opening history…</p>`;
    const empty = this.sessions.length === 0;
    return html`
      ${this.store.available ? nothing : html`<p class="notice warn" role="status">${this.store.reason}</p>`}
      ${this.unfinished.map((session) => this.renderUnfinished(session))}
      <header>
        <h2>History</h2>
        <div class="actions">
          <button @click=${() => this.exportHistory('json')} ?disabled=${empty}>Export JSON</button>
          <button @click=${() => this.exportHistory('csv')} ?disabled=${empty}>Export CSV</button>
          <button @click=${() => this.fileInput?.click()}>Import JSON</button>
          <input type="file" accept=".json,application/json" hidden @change=${this.importChosenFile} />
          <button class="danger" @click=${this.askDeleteAll} ?disabled=${empty}>Delete everything</button>
        </div>
      </header>
      ${this.renderNotice()}
      ${empty
        ? html`<p class="empty">No sessions yet: finished workouts show up here.</p>`
        : html`${this.renderCharts()}${this.renderSessions()}`}
      ${this.renderDialog()}
    `;
  }

  private renderUnfinished(session: SessionRecord): TemplateResult {
    return html`
      <div class="banner" role="status" data-id=${session.id}>
        <p>
          Your ${exerciseName(session)} session from ${WHEN.format(session.startedAt)} stopped before it ended;
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

  private renderCharts(): TemplateResult {
    return html`
      <div class="charts">
        ${this.chartData.map((data, index) =>
          data.series.length > 0
            ? html`<figure class="chart" data-index=${index} aria-label=${data.title}><div class="plot"></div>${renderNote(data)}</figure>`
            : html`<figure><p class="empty">${data.title}: nothing recorded yet.</p>${renderNote(data)}</figure>`,
        )}
      </div>
    `;
  }

  private renderSessions(): TemplateResult {
    return html`<ul class="sessions">${this.sessions.map((session) => this.renderSession(session))}</ul>`;
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
          ${exerciseName(session)}: ${counted(session.reps, 'rep')} in ${counted(session.sets.length, 'set')}
          ${session.status === 'complete' ? nothing : html`<span class="status">(${session.status})</span>`}
        </span>
        <span class="detail">
          hold ${formatMeasure(hold, ' s')} · range ${formatMeasure(range, '°')} · ${counted(session.faults.length, 'form cue')} ·
          ${session.model} / ${session.engine} / ${session.delegate}
        </span>
        ${pain.length > 0 ? html`<span class="pain">${pain.join(' · ')}</span>` : nothing}
        <button class="danger" @click=${() => this.askDelete(session)} aria-label="Delete the session of ${WHEN.format(session.startedAt)}">
          Delete
        </button>
      </li>
    `;
  }

  private renderDialog(): TemplateResult {
    return html`
      <dialog aria-labelledby="confirm-question" @cancel=${this.cancelConfirmation}>
        <p id="confirm-question">${this.confirming?.question}</p>
        <div class="actions">
          <button @click=${this.cancelConfirmation}>Cancel</button>
          <button class="danger" @click=${this.confirm}>${this.confirming?.confirmLabel}</button>
        </div>
      </dialog>
    `;
  }

  private showDialog(open: boolean): void {
    const dialog = this.dialog;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }

  private async drawCharts(): Promise<void> {
    const drawing = ++this.drawing;
    this.destroyCharts();
    const figures = [...this.renderRoot.querySelectorAll<HTMLElement>('figure.chart')];
    const style = getComputedStyle(this);
    const colors = { text: style.getPropertyValue('--_muted').trim(), grid: style.getPropertyValue('--_grid').trim() };
    const drawn = await Promise.all(
      figures.flatMap((figure) => {
        const data = this.chartData[Number(figure.dataset.index)];
        const plot = figure.querySelector<HTMLElement>('.plot');
        return data && plot ? [drawChart(plot, data, colors)] : [];
      }),
    );
    if (drawing === this.drawing) this.charts = drawn;
    else for (const chart of drawn) chart.destroy();
  }

  private destroyCharts(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }

  /** Runs a store action; a failure is shown in the view rather than lost in the console. */
  private async attempt(failure: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.notice = { tone: 'error', text: failure, details: [messageOf(error)] };
    }
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
      question: `Delete the ${exerciseName(session)} session of ${WHEN.format(session.startedAt)}? This cannot be undone.`,
      confirmLabel: 'Delete session',
      run: async () => this.store?.delete(session.id),
    };
  }

  private askDeleteAll(): void {
    this.confirming = {
      question:
        `Delete all ${counted(this.sessions.length, 'session')}? Your safety check answer goes too, so it is asked again. ` +
        'Export them first if you want a copy. This cannot be undone.',
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

  private async exportHistory(format: keyof typeof EXPORTS): Promise<void> {
    const store = this.store;
    const { type, write } = EXPORTS[format];
    if (store) await this.attempt('Export failed.', async () => download(datedFileName(format), type, await write(store)));
  }

  private async importChosenFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const store = this.store;
    // Cleared so choosing the same file again (after fixing it) fires change once more.
    input.value = '';
    if (!file || !store) return;
    await this.attempt('The file could not be read.', async () => {
      const result = await store.importJson(await file.text());
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
