/** Layout of <gc-movement-chart>: the plot, and over it the rep markers and the playhead. */
import { css } from 'lit';

export const movementChartStyles = css`
  :host {
    display: block;
    --_grid: var(--gc-chart-grid, rgba(169, 180, 192, 0.25));
  }
  .frame {
    position: relative;
    margin: 0;
  }
  .marks {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .rep-marker {
    position: absolute;
    transform: translate(-50%, -120%);
    pointer-events: auto;
    min-height: 32px;
    min-width: 32px;
    padding: 0 0.4rem;
    border-radius: 999px;
    background: var(--_surface);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .rep-marker.fault {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .playhead {
    position: absolute;
    width: 2px;
    background: var(--_warn);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.9rem;
    margin: 0.25rem 0 0;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    border-radius: 3px;
    vertical-align: -0.1em;
    margin-right: 0.3em;
  }
`;
