/**
 * The history charts as a reactive controller: their data worked out from the sessions, drawn into the host's
 * `figure.chart` elements once those are rendered, let go when the host leaves the page and drawn again when it
 * comes back.
 */
import type { LitElement, ReactiveController } from 'lit';
import type { SessionRecord } from '../../storage';
import { chartColors } from '../charts/uplot';
import { drawChart, type DrawnChart } from './charts';
import { HISTORY_CHARTS, type ChartData } from './history-stats';

export class ChartsController implements ReactiveController {
  /** One per chart, in HISTORY_CHARTS order (a figure's `data-index`). */
  data: ChartData[] = [];
  private charts: DrawnChart[] = [];
  /** Bumped per drawing, so a drawing overtaken while uPlot loads throws its charts away. */
  private drawing = 0;

  constructor(
    private readonly host: LitElement,
    private readonly onFailure: (error: unknown) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moved elsewhere in the page: the charts were let go on disconnect.
    if (this.host.hasUpdated) this.draw();
  }

  hostDisconnected(): void {
    this.drawing += 1;
    this.destroy();
  }

  /** Works the charts out again; `draw` once the host has rendered them. */
  show(sessions: readonly SessionRecord[]): void {
    this.data = HISTORY_CHARTS.map((build) => build(sessions));
  }

  draw(): void {
    this.drawAll().catch(this.onFailure);
  }

  private async drawAll(): Promise<void> {
    const drawing = ++this.drawing;
    this.destroy();
    const figures = [...this.host.renderRoot.querySelectorAll<HTMLElement>('figure.chart')];
    const colors = chartColors(this.host);
    const drawn = await Promise.all(
      figures.flatMap((figure) => {
        const data = this.data[Number(figure.dataset.index)];
        const plot = figure.querySelector<HTMLElement>('.plot');
        return data && plot ? [drawChart(plot, data, colors)] : [];
      }),
    );
    if (drawing === this.drawing) this.charts = drawn;
    else for (const chart of drawn) chart.destroy();
  }

  private destroy(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }
}
