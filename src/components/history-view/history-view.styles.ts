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
  .when,
  .detail,
  .empty,
  figcaption {
    color: var(--_muted);
  }
  .status {
    color: var(--_warn);
  }
`;
