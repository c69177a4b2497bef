/**
 * uPlot, the one chart library of the app, loaded on first use: neither it nor its stylesheet is part of the
 * app's initial load. The stylesheet is adopted by the shadow root that holds a chart.
 */
import type uPlot from 'uplot';

export type { default as uPlot } from 'uplot';

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

/** Starts fetching uPlot now, for a chart that will surely be drawn (the clip result's): nothing is fetched later. */
export function preloadCharts(): void {
  void loadUplot().catch(() => undefined); // a failed preload is tried again when the chart is drawn
}

/** The uPlot constructor, its stylesheet adopted by the shadow root `container` is in. */
export async function plotFor(container: HTMLElement): Promise<typeof uPlot> {
  const { Plot, stylesheet } = await loadUplot();
  const root = container.getRootNode();
  if (root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(stylesheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, stylesheet];
  }
  return Plot;
}

/** The chart colours of `host` from its design tokens. */
export function chartColors(host: Element): ChartColors {
  const style = getComputedStyle(host);
  return { text: style.getPropertyValue('--_muted').trim(), grid: style.getPropertyValue('--_grid').trim() };
}

/** Axis look shared by every chart. */
export function axisStyle(colors: ChartColors): Pick<uPlot.Axis, 'stroke' | 'grid' | 'ticks'> {
  return { stroke: colors.text, grid: { stroke: colors.grid }, ticks: { stroke: colors.grid } };
}
