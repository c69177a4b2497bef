/** Layout of <gc-physio-report>: on screen in the app's colours; printed black on white, controls left out. */
import { css } from 'lit';

export const physioReportStyles = css`
  :host {
    display: block;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
    margin-bottom: 1rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    color: var(--_muted);
  }
  .private {
    border-left: 6px solid var(--_accent);
    padding: 0.5rem 1rem;
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0 1.5rem;
    font-variant-numeric: tabular-nums;
  }
  th,
  td {
    text-align: left;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_surface);
    vertical-align: top;
  }
  h2,
  h3 {
    margin: 1.25rem 0 0.25rem;
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
      font-size: 11pt;
    }
    .controls {
      display: none;
    }
    .private {
      background: none;
      border-left-color: #000;
    }
    th,
    td {
      border-bottom: 1px solid #999;
    }
    section {
      break-inside: avoid;
    }
  }
`;
