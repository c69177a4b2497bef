/**
 * The history charts as a reactive controller: their data worked out from the sessions, drawn into the host's
 * `figure.chart` elements once those are rendered, let go when the host leaves the page and drawn again when it
 * comes back.
 */
import type { LitElement, ReactiveController } from 'lit';
import type { SessionRecord } from '../../storage';
import { chartColors } from '../charts/chart-library';
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

  /** One chart per task, so a long history never holds the page for all of them at once. */
  private async drawAll(): Promise<void> {
    const drawing = ++this.drawing;
    this.destroy();
    const figures = [...this.host.renderRoot.querySelectorAll<HTMLElement>('figure.chart')];
    const colors = chartColors(this.host);
    for (const figure of figures) {
      await nextTask();
      if (drawing !== this.drawing) return;
      const data = this.data[Number(figure.dataset.index)];
      const plot = figure.querySelector<HTMLElement>('.plot');
      if (!data || !plot) continue;
      const chart = await drawChart(plot, data, colors, (labels) => describeTimeAxis(figure, labels));
      if (drawing === this.drawing) this.charts.push(chart);
      else chart.destroy();
    }
  }

  private destroy(): void {
    for (const chart of this.charts) chart.destroy();
    this.charts = [];
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

/** The time axis's labels in words beside the canvas, which assistive technology cannot read. */
function describeTimeAxis(figure: HTMLElement, labels: string[]): void {
  const words = figure.querySelector('.time-axis');
  if (words) words.textContent = `Time axis: ${labels.join(', ')}`;
}
