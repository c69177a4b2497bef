/**
 * <gc-coach-hold>: "Squeeze 2 s" with a bar that fills while the top of the rep is held, and turns solid
 * when the hold is long enough. Shown at the top of the video, where the eyes are when the hips are up.
 */
import { html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { holdPrompt } from '../../live/coaching-words';
import { CoachElement, tokens } from '../base/coach-element';
import { cssomStyle } from '../base/cssom-style';

@customElement('gc-coach-hold')
export class CoachHold extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        padding: 0.5rem 1rem;
        border-radius: var(--_radius);
        background: color-mix(in srgb, var(--_bg) 75%, transparent);
        font-size: clamp(1.25rem, 3.5cqi, 2.5rem);
        font-weight: 700;
        text-align: center;
      }
      :host(:not([holding])) {
        color: var(--_muted);
      }
      .bar {
        height: 0.6rem;
        margin-top: 0.35rem;
        border-radius: 0.3rem;
        background: var(--_surface);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--_warn);
      }
      :host([reached]) .fill {
        background: var(--_accent);
      }
    `,
  ];

  @property({ type: Number, attribute: 'hold-ms' }) holdMs = 0;
  @property({ type: Number, attribute: 'target-ms' }) targetMs = 2000;
  /** At the top of a rep now. */
  @property({ type: Boolean, reflect: true }) holding = false;

  protected override willUpdate(): void {
    this.toggleAttribute('reached', this.holding && this.holdMs >= this.targetMs);
  }

  protected override render() {
    const fraction = this.holding ? Math.min(1, this.holdMs / this.targetMs) : 0;
    const seconds = (this.holdMs / 1000).toFixed(1);
    return html`
      <div part="label">${holdPrompt(this.targetMs)}${this.holding ? html` · ${seconds} s` : ''}</div>
      <div class="bar" part="bar" aria-hidden="true"><div class="fill" ${cssomStyle({ width: `${fraction * 100}%` })}></div></div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-hold': CoachHold;
  }
}
