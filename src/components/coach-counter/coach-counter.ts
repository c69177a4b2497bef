/**
 * <gc-coach-counter>: the rep count, big enough to read from the floor 2-3 m away, with the set progress.
 * Screen readers hear each new count through a polite live region.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { CoachElement, tokens } from '../base/coach-element';
import { coachCounterStyles } from './coach-counter.styles';

@customElement('gc-coach-counter')
export class CoachCounter extends CoachElement {
  static override styles = [tokens, coachCounterStyles];

  @property({ type: Number }) count = 0;
  @property({ type: Number }) target = 0;
  @property({ type: Number }) set = 1;
  @property({ type: Number }) sets = 1;

  protected override render() {
    return html`
      ${keyed(this.count, html`<div class="count big-number ${this.count > 0 ? 'bump' : ''}" part="count" aria-hidden="true">${this.count}</div>`)}
      <div class="target" part="target" aria-hidden="true">of ${this.target} · set ${this.set}/${this.sets}</div>
      <ol class="sets" part="sets" aria-hidden="true">
        ${Array.from({ length: this.sets }, (_, index) => this.renderSetDot(index + 1))}
      </ol>
      <span class="visually-hidden" role="status" aria-live="polite">${this.count > 0 ? `Rep ${this.count} of ${this.target}, set ${this.set} of ${this.sets}` : ''}</span>
    `;
  }

  private renderSetDot(set: number) {
    const state = set < this.set ? 'done' : set === this.set ? 'current' : '';
    return html`<li class=${state}></li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-counter': CoachCounter;
  }
}
