/** Layout of <gc-history-view>: actions in a wrapping row, one card per banner, notice, session and chart. */
import { css } from 'lit';

export const historyViewStyles = css`
  :host {
    display: block;
    --_grid: var(--gc-chart-grid, rgba(169, 180, 192, 0.25));
  }
  header,
  .actions,
  .banner {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }
  header {
    justify-content: space-between;
  }
  .banner,
  .notice,
  .session,
  figure {
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 1rem;
    margin: 0 0 1rem;
  }
  .banner,
  .notice.warn {
    border-left: 6px solid var(--_warn);
  }
  .notice.error {
    border-left: 6px solid var(--_danger);
  }
  .notice.ok {
    border-left: 6px solid var(--_accent);
  }
  .banner p {
    flex: 1 1 20rem;
    margin: 0;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(320px, 1fr));
    gap: 1rem;
  }
  .sessions {
    list-style: none;
    padding: 0;
  }
  .session {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: 0.25rem 1rem;
  }
  .session button {
    grid-row: 1 / span 4;
    grid-column: 2;
    align-self: center;
  }
  .session .movement-toggle {
    grid-column: 1;
    justify-self: start;
  }
  .movement {
    grid-column: 1 / -1;
  }
  .movement h4 {
    margin: 0.5rem 0 0;
  }
  .keeping,
  .when,
  .detail,
  .empty,
  figcaption {
    color: var(--_muted);
  }
  .status {
    color: var(--_warn);
  }
  .glance {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
    gap: 1rem;
    margin-bottom: 1rem;
  }
  .glance figure {
    margin: 0;
    overflow-x: auto;
  }
  .glance table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  .glance th,
  .glance td {
    padding: 0.3rem 0.4rem;
    text-align: left;
  }
  .calendar .day {
    text-align: center;
    border-radius: 50%;
  }
  .calendar .outside {
    opacity: 0.35;
  }
  .calendar .trained {
    background: var(--_accent);
    color: #06130c;
    font-weight: 700;
  }
  .calendar .today {
    outline: 2px solid var(--_warn);
  }
  .verdict,
  .before {
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .week.below .verdict {
    color: var(--_warn);
  }
  .week.on-target .verdict {
    color: var(--_accent);
  }
  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    border-radius: 3px;
    margin-right: 0.4em;
  }
`;
