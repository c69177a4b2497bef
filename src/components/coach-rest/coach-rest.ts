/** <gc-coach-rest>: the rest between sets as a big countdown, what comes next, and a way to cut it short. */
import { html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CoachElement, tokens } from '../base/coach-element';

export interface CoachRestEvents {
  /** The person wants the next set now. */
  'gc-skip-rest': undefined;
}

@customElement('gc-coach-rest')
export class CoachRest extends CoachElement<CoachRestEvents> {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        text-align: center;
      }
      .label {
        font-size: clamp(1.5rem, 5cqi, 2.5rem);
        color: var(--_muted);
      }
      .next {
        font-size: clamp(1.25rem, 4cqi, 2rem);
        margin: 0.5rem 0 1rem;
      }
    `,
  ];

  @property({ type: Number, attribute: 'seconds-left' }) secondsLeft = 0;
  /** What starts when the rest ends, e.g. "Set 2 of 3". */
  @property() next = '';

  protected override render() {
    return html`
      <div class="label" part="label">Rest</div>
      <div class="seconds big-number" part="seconds" role="timer" aria-label="${this.secondsLeft} seconds of rest left">${this.secondsLeft}</div>
      <div class="next" part="next">Next: ${this.next}</div>
      <button part="skip" @click=${() => this.emit('gc-skip-rest', undefined)}>Start next set now</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-rest': CoachRest;
  }
}
