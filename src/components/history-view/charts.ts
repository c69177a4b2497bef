/** Draws the history charts with uPlot (loaded on first use, see ../charts/uplot.ts). */
import { axisStyle, plotFor, type ChartColors, type uPlot } from '../charts/uplot';
import type { ChartData } from './history-stats';

export type { ChartColors } from '../charts/uplot';

const CHART_HEIGHT = 220;

function options(data: ChartData, width: number, colors: ChartColors): uPlot.Options {
  const axis = axisStyle(colors);
  return {
    title: data.title,
    width,
    height: CHART_HEIGHT,
    scales: { x: { time: true }, ...(data.range && { y: { range: data.range } }) },
    // Values under the cursor would crowd a small chart; the legend names the lines only.
    legend: { live: false },
    axes: [axis, { ...axis, label: data.unit }],
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

/** Draws `data` into `container`, as wide as the container is. */
export async function drawChart(container: HTMLElement, data: ChartData, colors: ChartColors): Promise<DrawnChart> {
  const Plot = await plotFor(container);
  const width = Math.max(container.clientWidth, 280);
  return new Plot(options(data, width, colors), [data.x, ...data.series.map((series) => series.values)], container);
}
