/** A session's movement in the history: each recorded set's chart (from its stored series), shown on request. */
import { html, nothing, type TemplateResult } from 'lit';
import { isHoldId, type ExerciseId } from '../../analysis';
import type { SessionRecord, SetRecord } from '../../storage';
import '../movement-chart/movement-chart';
import { movementChartData, seriesPoints, type MovementChartData } from '../movement-chart/movement-chart-data';

/** Worked out once per stored set, so a new render of the history does not redraw its charts. */
const charts = new WeakMap<SetRecord, MovementChartData>();

function chartOf(exercise: ExerciseId, set: SetRecord & Required<Pick<SetRecord, 'series'>>): MovementChartData {
  let data = charts.get(set);
  if (!data) {
    data = movementChartData(exercise, seriesPoints(set.series), set.reps);
    charts.set(set, data);
  }
  return data;
}

/** The button that shows or hides the charts, and the charts while shown; nothing for a session without series. */
export function renderMovement(session: SessionRecord, shown: boolean, toggle: () => void): TemplateResult | typeof nothing {
  // A hold has no movement to chart: its record is the time in position.
  const { exercise } = session;
  if (isHoldId(exercise)) return nothing;
  const recorded = session.sets.filter((set): set is SetRecord & Required<Pick<SetRecord, 'series'>> => set.series !== undefined);
  if (recorded.length === 0) return nothing;
  return html`
    <button class="movement-toggle" aria-expanded=${shown ? 'true' : 'false'} @click=${toggle}>${shown ? 'Hide' : 'Show'} the movement</button>
    ${shown
      ? html`<div class="movement">
          ${recorded.map((set) => html`<h4>Set ${set.set}</h4>
            <gc-movement-chart data-set=${set.set} label="Set ${set.set}: movement angle over time" .data=${chartOf(exercise, set)}></gc-movement-chart>`)}
        </div>`
      : nothing}
  `;
}
