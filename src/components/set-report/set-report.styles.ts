/** Layout of <gc-set-report>: a few large lines, read from the mat. */
import { css } from 'lit';

export const setReportStyles = css`
  :host {
    display: block;
    text-align: center;
    font-size: clamp(1.1rem, 4cqmin, 1.75rem);
    line-height: 1.3;
  }
  h3 {
    margin: 0;
    font-size: 1.3em;
  }
  p,
  ul {
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }
  .faults li {
    color: var(--_danger);
    font-weight: 700;
  }
  .fix {
    margin-top: 0.5rem;
    padding: 0.25rem 0.75rem;
    border-left: 6px solid var(--_warn);
    font-weight: 800;
    text-align: left;
  }
  .not-checked {
    margin-top: 0.5rem;
    font-size: 0.85em;
    opacity: 0.85;
  }
`;
