/**
 * Draws history charts with uPlot. uPlot and its stylesheet are imported on first use, so neither is part of
 * the app's initial load; the stylesheet is adopted by the shadow root that holds the charts.
 */
import type uPlot from 'uplot';
import type { ChartData } from './history-stats';

export interface ChartColors {
  /** Axis labels and ticks. */
  text: string;
  grid: string;
}

interface LoadedUplot {
  Plot: typeof uPlot;
  stylesheet: CSSStyleSheet;
}

let loading: Promise<LoadedUplot> | null = null;

function loadUplot(): Promise<LoadedUplot> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css?inline')]).then(([library, css]) => {
    const stylesheet = new CSSStyleSheet();
    stylesheet.replaceSync(css.default);
    return { Plot: library.default, stylesheet };
  });
  // A failed load (offline, say) is tried again next time rather than remembered.
  loading.catch(() => (loading = null));
  return loading;
}

const CHART_HEIGHT = 220;

function options(data: ChartData, width: number, colors: ChartColors): uPlot.Options {
  const axis = { stroke: colors.text, grid: { stroke: colors.grid }, ticks: { stroke: colors.grid } };
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
  const { Plot, stylesheet } = await loadUplot();
  const root = container.getRootNode();
  if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(stylesheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, stylesheet];
  }
  const width = Math.max(container.clientWidth, 280);
  return new Plot(options(data, width, colors), [data.x, ...data.series.map((series) => series.values)], container);
}
