/** Layout of <gc-pain-rating>: the 0-10 buttons in one row, in two where the space is narrow. */
import { css } from 'lit';
import { PAIN_SCALE_MAX } from '../../storage';

export const painRatingStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: clamp(1.5rem, 5cqi, 2.5rem);
  }
  /* One column per rating, 0 to the top of the scale. */
  .scale {
    display: grid;
    grid-template-columns: repeat(${PAIN_SCALE_MAX + 1}, 1fr);
    gap: 0.5rem;
  }
  /* Too narrow for one readable row: 0-5 above 6-10. */
  @container (max-width: 40rem) {
    .scale {
      grid-template-columns: repeat(6, 1fr);
    }
  }
  .scale button {
    min-height: 4.5rem;
    padding: 0;
    font-size: clamp(1.75rem, 5cqi, 3rem);
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    background: var(--_surface);
  }
  .scale button[aria-pressed='true'] {
    background: var(--_accent);
    color: #06130c;
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    color: var(--_muted);
    font-size: clamp(1rem, 3cqi, 1.5rem);
  }
  .skip {
    margin-top: 0.75rem;
    border-color: var(--_muted);
  }
`;
