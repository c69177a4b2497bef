/** Render functions of the history's glance: this month's calendar and the per-exercise trends. */
import { html, nothing, type TemplateResult } from 'lit';
import { cssomStyle } from '../base/cssom-style';
import { PROGRAMME_TARGET as TARGET, VERDICT_WORDS, type TrainingWeek } from '../week-progress/training-weeks';
import type { CalendarWeek, ExerciseTrend, MonthCalendar, TrendMeasures } from './history-glance';
import { formatMeasure } from './history-words';

const MONTH = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const DAY = new Intl.DateTimeFormat(undefined, { dateStyle: 'full' });
const WEEK_OF = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function renderWeek(week: CalendarWeek): TemplateResult {
  return html`<tr class="week ${week.verdict}">
    ${week.days.map((day) => html`<td
      class="day ${day.inMonth ? '' : 'outside'} ${day.isToday ? 'today' : ''} ${day.sessions > 0 ? 'trained' : ''}"
      aria-label="${DAY.format(day.date)}: ${day.sessions} ${day.sessions === 1 ? 'session' : 'sessions'}"
    >${new Date(day.date).getDate()}</td>`)}
    <td class="verdict" data-verdict=${week.verdict}>${week.trainingDays} of ${TARGET} · ${VERDICT_WORDS[week.verdict]}</td>
  </tr>`;
}

export function renderCalendar(calendar: MonthCalendar): TemplateResult {
  const weekdays = calendar.weeks[0]!.days.map((day) => WEEKDAY.format(day.date));
  return html`<figure class="calendar" aria-label="Training days this month">
    <figcaption>${MONTH.format(calendar.month)}: training days against the programme's ${TARGET} a week</figcaption>
    <table>
      <thead><tr>${weekdays.map((name) => html`<th scope="col">${name}</th>`)}<th scope="col">Week</th></tr></thead>
      <tbody>${calendar.weeks.map(renderWeek)}</tbody>
    </table>
  </figure>`;
}

/** The weeks before this month's too, newest first: training days each week against the programme's 2-3. */
export function renderWeeks(weeks: readonly TrainingWeek[]): TemplateResult {
  return html`<figure class="weeks" aria-label="Training days a week">
    <figcaption>Training days a week, the last ${weeks.length} weeks, against the programme's ${TARGET}</figcaption>
    <table>
      <thead><tr><th scope="col">Week of</th><th scope="col">Training days</th><th scope="col">Against ${TARGET}</th></tr></thead>
      <tbody>${weeks.map((week) => html`<tr class="week ${week.verdict}">
        <th scope="row">${WEEK_OF.format(week.start)}</th>
        <td>${week.trainingDays}</td>
        <td class="verdict" data-verdict=${week.verdict}>${VERDICT_WORDS[week.verdict]}</td>
      </tr>`)}</tbody>
    </table>
  </figure>`;
}

/** "12.0 (↑ from 10.0)": the last four weeks, and the change from the four before. */
function compared(recent: number | null, earlier: number | null, unit: string): TemplateResult {
  const now = formatMeasure(recent, unit);
  if (recent === null || earlier === null) return html`${now}`;
  const arrow = recent > earlier ? '↑' : recent < earlier ? '↓' : '=';
  return html`${now} <span class="before">(${arrow} from ${formatMeasure(earlier, unit)})</span>`;
}

function renderTrend({ label, color, recent, earlier }: ExerciseTrend): TemplateResult {
  const pick = (read: (measures: TrendMeasures) => number | null) => [recent ? read(recent) : null, earlier ? read(earlier) : null] as const;
  return html`<tr>
    <th scope="row"><span class="swatch" ${cssomStyle({ background: color })}></span>${label}</th>
    <td>${recent?.sessions ?? 0}</td>
    <td>${compared(...pick((m) => m.repsPerSession), '')}</td>
    <td>${compared(...pick((m) => m.holdS), ' s')}</td>
    <td>${compared(...pick((m) => m.rangeDeg), '°')}</td>
    <td>${compared(...pick((m) => m.faultSharePct), '%')}</td>
  </tr>`;
}

export function renderTrends(trends: readonly ExerciseTrend[]): TemplateResult | typeof nothing {
  if (trends.length === 0) return nothing;
  return html`<figure class="trends" aria-label="Trends by exercise">
    <figcaption>The last four weeks, and the change from the four before</figcaption>
    <table>
      <thead><tr><th scope="col">Exercise</th><th scope="col">Sessions</th><th scope="col">Reps a session</th>
        <th scope="col">Hold</th><th scope="col">Range</th><th scope="col">Reps with a fault</th></tr></thead>
      <tbody>${trends.map(renderTrend)}</tbody>
    </table>
  </figure>`;
}
