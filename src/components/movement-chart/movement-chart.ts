/**
 * <gc-movement-chart>: the movement angle of a set against time, the counting zones shaded, each rep's top
 * marked with its number (a button: `rep-select` asks to see that moment), the held stretch of each top drawn
 * as a span and the reps with a fault marked in the warning colour. `playhead` (ms) shows where a video is.
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { faultKind } from '../../analysis';
import { CoachElement, tokens } from '../base/coach-element';
import { cssomStyle } from '../base/cssom-style';
import { axisStyle, chartColors, plotFor, type uPlot } from '../charts/chart-library';
import type { MovementChartData, RepMark } from './movement-chart-data';
import { movementChartStyles } from './movement-chart.styles';

export interface MovementChartEvents {
  'rep-select': { rep: number; top: number };
}

const CHART_HEIGHT = 200;
const ZONE_FILL = 'rgba(76, 195, 138, 0.12)';
const HELD_FILL = 'rgba(255, 176, 32, 0.22)';

/** Where a marker sits over the plot, CSS px from the chart's top left corner. */
interface Placed {
  mark: RepMark;
  left: number;
  top: number;
}

function markerLabel(mark: RepMark): string {
  const faults = mark.faults.map((fault) => faultKind(fault).label);
  const at = `Rep ${mark.rep}, top at ${(mark.top / 1000).toFixed(1)} s`;
  return faults.length > 0 ? `${at}: ${faults.join(', ')}` : at;
}

@customElement('gc-movement-chart')
export class MovementChart extends CoachElement<MovementChartEvents> {
  static override styles = [tokens, movementChartStyles];

  @property({ attribute: false }) data: MovementChartData | null = null;
  /** Where the video is, ms; null hides the playhead. */
  @property({ attribute: false }) playhead: number | null = null;
  /** Names the chart for assistive technology. */
  @property() label = 'Movement angle over time';

  @state() private placed: Placed[] = [];
  @query('.plot') private plotElement?: HTMLElement;

  private plot: uPlot | null = null;
  private readonly resizeObserver = new ResizeObserver(() => this.resize());

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
    if (this.hasUpdated) void this.drawPlot();
  }

  override disconnectedCallback(): void {
    this.resizeObserver.disconnect();
    this.destroyPlot();
    super.disconnectedCallback();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('data')) void this.drawPlot();
  }

  protected override render(): TemplateResult {
    return html`
      <figure class="frame" role="group" aria-label=${this.label}>
        <div class="plot"></div>
        <div class="marks">
          ${this.placed.map(({ mark, left, top }) => html`<button
            class="rep-marker ${mark.faults.length > 0 ? 'fault' : ''}"
            data-rep=${mark.rep}
            ${cssomStyle({ left: `${left}px`, top: `${top}px` })}
            title=${markerLabel(mark)}
            aria-label=${markerLabel(mark)}
            @click=${() => this.emit('rep-select', { rep: mark.rep, top: mark.top })}
          >${mark.rep}</button>`)}
          ${this.renderPlayhead()}
        </div>
      </figure>
      <p class="legend">
        <span><span class="swatch" ${cssomStyle({ background: ZONE_FILL })}></span>counting zones (bottom, top)</span>
        <span><span class="swatch" ${cssomStyle({ background: HELD_FILL })}></span>held at the top</span>
        <span>numbers: each rep's top (red: a fault)</span>
      </p>
    `;
  }

  private renderPlayhead(): TemplateResult | typeof nothing {
    const plot = this.plot;
    if (!plot || this.playhead === null) return nothing;
    const area = plotArea(plot);
    const left = area.left + plot.valToPos(this.playhead / 1000, 'x');
    if (left < area.left || left > area.left + area.width) return nothing;
    return html`<div class="playhead" ${cssomStyle({ left: `${left}px`, top: `${area.top}px`, height: `${area.height}px` })}></div>`;
  }

  private async drawPlot(): Promise<void> {
    this.destroyPlot();
    const data = this.data;
    const container = this.plotElement;
    if (!data || !container) return;
    const Plot = await plotFor(container);
    if (data !== this.data) return;
    this.destroyPlot();
    const options = plotOptions(data, this.plotWidth(), chartColors(this));
    options.hooks = { ...options.hooks, draw: [(plot) => this.place(plot)] };
    this.plot = new Plot(options, [data.x, data.y], container);
  }

  private resize(): void {
    if (!this.plot) return;
    this.plot.setSize({ width: this.plotWidth(), height: CHART_HEIGHT });
  }

  /** As wide as the element (its parent's width: the plot inside must not hold it wider). */
  private plotWidth(): number {
    return Math.max(this.clientWidth, 280);
  }

  /** The rep markers moved to where uPlot drew their tops (after each drawing: its scales are set then). */
  private place(plot: uPlot): void {
    const data = this.data;
    if (!data) return;
    const area = plotArea(plot);
    this.placed = data.reps.map((mark) => ({
      mark,
      left: area.left + plot.valToPos(mark.top / 1000, 'x'),
      top: area.top + plot.valToPos(mark.angleDeg ?? data.zones.topMinDeg, 'y'),
    }));
  }

  private destroyPlot(): void {
    this.plot?.destroy();
    this.plot = null;
    this.placed = [];
  }
}

/** The plotting area in CSS px (uPlot's bbox is in canvas pixels). */
function plotArea(plot: uPlot): { left: number; top: number; width: number; height: number } {
  const ratio = devicePixelRatio || 1;
  return { left: plot.bbox.left / ratio, top: plot.bbox.top / ratio, width: plot.bbox.width / ratio, height: plot.bbox.height / ratio };
}

/** Shades the counting zones and each held stretch under the line, on uPlot's own canvas. */
function shade(data: MovementChartData): (plot: uPlot) => void {
  return (plot) => {
    const { ctx, bbox } = plot;
    const y = (deg: number) => Math.min(bbox.top + bbox.height, Math.max(bbox.top, plot.valToPos(deg, 'y', true)));
    const x = (ms: number) => plot.valToPos(ms / 1000, 'x', true);
    ctx.save();
    ctx.fillStyle = ZONE_FILL;
    const topEdge = y(data.zones.topMinDeg);
    ctx.fillRect(bbox.left, bbox.top, bbox.width, topEdge - bbox.top);
    const bottomEdge = y(data.zones.bottomMaxDeg);
    ctx.fillRect(bbox.left, bottomEdge, bbox.width, bbox.top + bbox.height - bottomEdge);
    ctx.fillStyle = HELD_FILL;
    for (const { held } of data.reps) {
      if (held) ctx.fillRect(x(held[0]), bbox.top, Math.max(2, x(held[1]) - x(held[0])), bbox.height);
    }
    ctx.restore();
  };
}

function plotOptions(data: MovementChartData, width: number, colors: ReturnType<typeof chartColors>): uPlot.Options {
  const axis = axisStyle(colors);
  return {
    width,
    height: CHART_HEIGHT,
    // The zones stay in view with a margin, so a set that never reached one still shows where it lies.
    scales: { x: { time: false }, y: { range: (_plot, min, max) => [Math.min(min, data.zones.bottomMaxDeg) - 10, Math.max(max, data.zones.topMinDeg) + 10] } },
    legend: { show: false },
    cursor: { show: false },
    axes: [
      { ...axis, label: 'time (s)' },
      { ...axis, label: 'angle (°)' },
    ],
    series: [{}, { label: 'Movement angle', stroke: data.color, width: 2, spanGaps: false }],
    hooks: { drawClear: [shade(data)] },
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-movement-chart': MovementChart;
  }
}
