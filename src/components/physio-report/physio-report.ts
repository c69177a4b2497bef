/**
 * <gc-physio-report>: a printable page for a physiotherapist, for a chosen period: the sessions, each exercise's
 * reps and sets against the targets, holds, range and faults with their share, the pain diary and the safety
 * answers. Made from the history on this device; nothing is sent anywhere (the page says so). The browser's
 * print dialog ("Save as PDF") makes the file.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SafetyAnswer, SessionRecord, SessionStore } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import { counted, formatMeasure, painNotes, sessionAmount, sessionExerciseName, WHEN } from '../history-view/history-words';
import { RED_FLAG_WORDS } from '../safety-screen/red-flag-words';
import { lastFourWeeks, physioReport, type ExerciseLine, type ReportPeriod } from './report-data';
import { physioReportStyles } from './physio-report.styles';

const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/** yyyy-mm-dd in local time, as a date input holds it. */
function inputDate(ms: number): string {
  const day = new Date(ms);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

function dayFromInput(value: string, end: boolean): number | null {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  return end ? new Date(year, month - 1, day, 23, 59, 59, 999).getTime() : new Date(year, month - 1, day).getTime();
}

function renderExercise(line: ExerciseLine): TemplateResult {
  return html`<tr>
    <th scope="row">${line.label}</th>
    <td>${line.sessions}</td>
    <td>${line.sets} of ${line.targetSets} (${line.setsOnTarget} reached the target reps)</td>
    <td>${line.reps} of ${line.targetReps}</td>
    <td>${formatMeasure(line.meanHoldS, ' s')}</td>
    <td>${formatMeasure(line.meanRangeDeg, '°')}</td>
    <td>${line.faults.length === 0 ? 'none' : line.faults.map((fault) => html`<div>${fault.label}: ${fault.reps} reps (${fault.sharePct.toFixed(0)}%)</div>`)}</td>
  </tr>`;
}

function renderSafety(answer: SafetyAnswer | null): TemplateResult {
  if (!answer) return html`<p>The safety check was not answered on this device.</p>`;
  const when = `Answered ${WHEN.format(answer.answeredAt)}`;
  if (answer.flags.length === 0) return html`<p>${when}: none of the warning signs applied.</p>`;
  return html`<p>${when}: the person ticked these warning signs and chose to go on after reading that they need a professional's check:</p>
    <ul>${answer.flags.map((flag) => html`<li>${RED_FLAG_WORDS[flag]}</li>`)}</ul>`;
}

@customElement('gc-physio-report')
export class PhysioReport extends CoachElement {
  static override styles = [tokens, physioReportStyles];

  /** Where history is kept; the report reads it whenever this is set. */
  @property({ attribute: false }) store: SessionStore | null = null;

  @state() private period: ReportPeriod = lastFourWeeks(Date.now());
  @state() private sessions: SessionRecord[] = [];
  @state() private safety: SafetyAnswer | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) void this.load();
  }

  private async load(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const [sessions, safety] = await Promise.all([store.list(), store.safetyAnswer()]);
    if (store !== this.store) return;
    this.sessions = sessions;
    this.safety = safety;
  }

  private setPeriod(edge: 'from' | 'to', value: string): void {
    const day = dayFromInput(value, edge === 'to');
    if (day !== null) this.period = { ...this.period, [edge]: day };
  }

  protected override render(): TemplateResult {
    const report = physioReport(this.sessions, this.period);
    return html`
      <div class="controls">
        <label>From <input type="date" name="from" .value=${inputDate(this.period.from)} @change=${(e: Event) => this.setPeriod('from', (e.target as HTMLInputElement).value)} /></label>
        <label>To <input type="date" name="to" .value=${inputDate(this.period.to)} @change=${(e: Event) => this.setPeriod('to', (e.target as HTMLInputElement).value)} /></label>
        <button class="primary" @click=${() => window.print()}>Print or save as PDF</button>
      </div>
      <article>
        <h2>Glute Coach: training report for your physiotherapist</h2>
        <p>${DAY.format(report.period.from)} to ${DAY.format(report.period.to)}: ${counted(report.sessions.length, 'session')}.</p>
        <p class="private">Made on this device from the history kept here. Nothing is sent anywhere: you print it, or save it as a PDF, and share it yourself.</p>
        <section>
          <h3>Exercises against the targets</h3>
          ${report.exercises.length === 0
            ? html`<p>No sessions in this period.</p>`
            : html`<table>
                <thead><tr><th scope="col">Exercise</th><th scope="col">Sessions</th><th scope="col">Sets</th><th scope="col">Reps</th>
                  <th scope="col">Hold</th><th scope="col">Range</th><th scope="col">Faults (share of reps)</th></tr></thead>
                <tbody>${report.exercises.map(renderExercise)}</tbody>
              </table>`}
        </section>
        <section>
          <h3>Sessions and pain diary</h3>
          ${report.sessions.length === 0 ? nothing : html`<table class="sessions">
            <thead><tr><th scope="col">When</th><th scope="col">Exercise</th><th scope="col">Done</th><th scope="col">Back pain (0-10) and stops</th></tr></thead>
            <tbody>${report.sessions.map((session) => html`<tr class="session">
              <td>${WHEN.format(session.startedAt)}</td><td>${sessionExerciseName(session)}</td>
              <td>${sessionAmount(session)}${session.status === 'complete' ? '' : ` (${session.status})`}</td>
              <td>${painNotes(session).join('; ') || 'not rated'}</td></tr>`)}</tbody>
          </table>`}
        </section>
        <section>
          <h3>Safety check</h3>
          ${renderSafety(this.safety)}
        </section>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-physio-report': PhysioReport;
  }
}
