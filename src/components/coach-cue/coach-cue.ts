/**
 * <gc-coach-cue>: the one thing to fix now, in large type: a form fault after a rep (warning colour,
 * announced at once to screen readers) or what keeps the camera from counting (plain colour).
 */
import { html, css, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CoachElement, tokens } from '../base/coach-element';

export type CueKind = 'fault' | 'framing';

@customElement('gc-coach-cue')
export class CoachCue extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      .cue {
        padding: 0.75rem 1rem;
        border-radius: var(--_radius);
        font-size: clamp(1.5rem, 4.5cqi, 2.25rem);
        font-weight: 700;
        line-height: 1.2;
        text-align: center;
        background: color-mix(in srgb, var(--_bg) 80%, transparent);
        border: 3px solid var(--_muted);
      }
      .fault {
        border-color: var(--_danger);
        color: var(--_fg);
        background: color-mix(in srgb, var(--_danger) 30%, var(--_bg));
      }
    `,
  ];

  @property() text = '';
  @property() kind: CueKind = 'framing';

  protected override render() {
    // The live region stays in the DOM (empty when quiet) so screen readers notice when text appears in it.
    return html`<div role=${this.kind === 'fault' ? 'alert' : 'status'} part="region">
      ${this.text ? html`<div class="cue ${this.kind}" part="cue">${this.text}</div>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-cue': CoachCue;
  }
}
