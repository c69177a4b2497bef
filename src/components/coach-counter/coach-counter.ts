/**
 * <gc-coach-counter>: the rep count, big enough to read from the floor 2-3 m away, with the set progress; where
 * the legs alternate, each leg's count side by side. Screen readers hear each new count through a polite live region.
 */
import { html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import type { Side } from '../../analysis';
import { CoachElement, tokens } from '../base/coach-element';
import { coachCounterStyles } from './coach-counter.styles';

const LEGS = [
  ['left', 'L'],
  ['right', 'R'],
] as const satisfies readonly (readonly [Side, string])[];

@customElement('gc-coach-counter')
export class CoachCounter extends CoachElement {
  static override styles = [tokens, coachCounterStyles];

  @property({ type: Number }) count = 0;
  @property({ type: Number }) target = 0;
  @property({ type: Number }) set = 1;
  @property({ type: Number }) sets = 1;
  /** Where the legs alternate: each leg's count (shown instead of `count`, against the same target each); else null. */
  @property({ attribute: false }) legs: Record<Side, number> | null = null;

  protected override render() {
    const { legs } = this;
    return html`
      ${legs
        ? html`<div class="legs">${LEGS.map(([leg, letter]) => this.renderCount(legs[leg], `${leg}:${legs[leg]}`, letter))}</div>`
        : this.renderCount(this.count, this.count)}
      <div class="target" part="target" aria-hidden="true">of ${this.target}${legs ? ' each leg' : ''} · set ${this.set}/${this.sets}</div>
      <ol class="sets" part="sets" aria-hidden="true">
        ${Array.from({ length: this.sets }, (_, index) => this.renderSetDot(index + 1))}
      </ol>
      <span class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</span>
    `;
  }

  /** A new element per count (keyed by `key`), so its bump replays. */
  private renderCount(count: number, key: unknown, letter?: string) {
    const label = letter ? html`<span class="leg">${letter}</span> ` : '';
    return keyed(key, html`<div class="count big-number ${count > 0 ? 'bump' : ''}" part="count" aria-hidden="true">${label}${count}</div>`);
  }

  private announcement(): string {
    const where = `set ${this.set} of ${this.sets}`;
    if (this.legs) return this.count > 0 ? `Left ${this.legs.left}, right ${this.legs.right}, of ${this.target} each, ${where}` : '';
    return this.count > 0 ? `Rep ${this.count} of ${this.target}, ${where}` : '';
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
