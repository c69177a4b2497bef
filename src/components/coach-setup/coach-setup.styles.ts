/** Layout of <gc-coach-setup>: the placement steps, the framing message, the camera choice. */
import { css } from 'lit';

export const coachSetupStyles = css`
  :host {
    display: block;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: clamp(1.5rem, 4cqi, 2.25rem);
  }
  ol {
    margin: 0 0 1rem;
    padding-left: 1.25rem;
    font-size: 1.1rem;
    line-height: 1.45;
  }
  .framing {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border: 3px solid var(--_warn);
    font-size: clamp(1.25rem, 4cqi, 2rem);
    font-weight: 700;
  }
  .framing.ok {
    border-color: var(--_accent);
  }
  progress {
    width: 100%;
    accent-color: var(--_accent);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 1rem 0;
  }
  fieldset {
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    display: grid;
    gap: 0.5rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  [aria-pressed='true'] {
    background: var(--_accent);
    color: #06130c;
  }
`;
