/**
 * <gc-coach-counter>: the rep count, big enough to read from the floor 2-3 m away, with the set progress.
 * Screen readers hear each new count through a polite live region.
 */
import { html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { CoachElement, tokens } from '../base/coach-element';

@customElement('gc-coach-counter')
export class CoachCounter extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        text-align: center;
      }
      .target {
        font-size: clamp(1.25rem, 5cqi, 2.25rem);
        color: var(--_muted);
      }
      .sets {
        display: flex;
        justify-content: center;
        gap: 0.5rem;
        margin-top: 0.75rem;
        padding: 0;
        list-style: none;
      }
      .sets li {
        width: 1.25rem;
        height: 1.25rem;
        border-radius: 50%;
        border: 3px solid var(--_accent);
      }
      .sets li.done {
        background: var(--_accent);
      }
      .sets li.current {
        box-shadow: 0 0 0 3px var(--_fg);
      }
      /* A new element per count (keyed) replays the bump, so a glance catches the change. */
      .bump {
        animation: bump 250ms ease-out;
      }
      @keyframes bump {
        from {
          transform: scale(1.15);
        }
      }
      .visually-hidden {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    `,
  ];

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
