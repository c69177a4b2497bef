/** Draws the history charts with uPlot (loaded on first use, see ../charts/chart-library.ts). */
import { axisStyle, plotFor, type ChartColors, type uPlot } from '../charts/chart-library';
import type { ChartData } from './history-stats';
import { fittedTimeRange, tickLabel, timeTicks, type TickStep } from './time-axis';

export type { ChartColors } from '../charts/chart-library';

const CHART_HEIGHT = 220;
/** Room one date label needs on the time axis, px. */
const TICK_ROOM_PX = 80;

/** The time axis: ticks on days, Mondays or months as the range allows (time-axis.ts); `onLabels` hears what is drawn. */
function timeAxis(width: number, onLabels: (labels: string[]) => void): Pick<uPlot.Axis, 'splits' | 'values'> {
  let step: TickStep = 'day';
  return {
    splits: (_plot, _axis, min, max) => {
      const fitted = timeTicks(min, max, Math.max(2, Math.floor(width / TICK_ROOM_PX)));
      step = fitted.step;
      return fitted.ticks;
    },
    values: (_plot, splits) => {
      const labels = splits.map((tick) => tickLabel(tick, step));
      onLabels(labels);
      return labels;
    },
  };
}

function options(data: ChartData, width: number, colors: ChartColors, onLabels: (labels: string[]) => void): uPlot.Options {
  const axis = axisStyle(colors);
  return {
    title: data.title,
    width,
    height: CHART_HEIGHT,
    scales: {
      // From the data itself: for a single point uPlot widens a seconds axis by 86 400 000 s (1000 days).
      x: { time: true, range: () => fittedTimeRange(data.x[0]!, data.x.at(-1)!) },
      ...(data.range && { y: { range: data.range } }),
    },
    // Values under the cursor would crowd a small chart; the legend names the lines only.
    legend: { live: false },
    axes: [{ ...axis, ...timeAxis(width, onLabels) }, { ...axis, label: data.unit }],
    series: [
      {},
      ...data.series.map((series) => ({
        label: series.label,
        stroke: series.color,
        width: 2,
        points: { show: true, size: 7, fill: series.color },
        spanGaps: true,
      })),
    ],
  };
}

export interface DrawnChart {
  destroy(): void;
}

/**
 * Draws `data` into `container`, as wide as the container is; `onLabels` hears the time axis's labels each time
 * they are drawn (the canvas itself cannot be read by assistive technology).
 */
export async function drawChart(
  container: HTMLElement,
  data: ChartData,
  colors: ChartColors,
  onLabels: (labels: string[]) => void,
): Promise<DrawnChart> {
  const Plot = await plotFor(container);
  const width = Math.max(container.clientWidth, 280);
  return new Plot(options(data, width, colors, onLabels), [data.x, ...data.series.map((series) => series.values)], container);
}
