/** Layout of <gc-safety-screen>: one large tappable row per question, warnings set apart. */
import { css } from 'lit';

export const safetyScreenStyles = css`
  :host {
    display: block;
    max-width: 44rem;
    font-size: 1.15rem;
    line-height: 1.45;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: clamp(1.5rem, 4vw, 2.25rem);
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 1rem 0;
    display: grid;
    gap: 0.5rem;
  }
  legend {
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  label {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  input[type='checkbox'] {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    accent-color: var(--_accent);
  }
  .warning {
    border-left: 6px solid var(--_warn);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin: 1rem 0;
  }
  .warning p {
    margin: 0 0 0.75rem;
  }
  .plain {
    font-weight: 700;
  }
  .hint {
    color: var(--_warn);
  }
  .private {
    color: var(--_muted);
    font-size: 1rem;
  }
`;
