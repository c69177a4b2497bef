/**
 * `<gc-stop-button>`: "Stop: it hurts", large and red, shown for the whole of every set. One press emits
 * `stop-pain` and the button shows it stopped, so a second tap cannot record a second stop. <glute-coach> then
 * stores where in the rep it happened, ends the session and suggests a gentler variant (see gentler-variant.ts);
 * the next session's sets get a new button.
 */
import { css, html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { CoachElement, tokens } from '../base/coach-element';

export interface StopButtonEvents {
  /** The person stopped because it hurts. */
  'stop-pain': undefined;
}

@customElement('gc-stop-button')
export class StopButton extends CoachElement<StopButtonEvents> {
  static override styles = [
    tokens,
    css`
      :host {
        display: inline-block;
      }
      button {
        min-height: var(--_stop-height, 5rem);
        min-width: 14rem;
        padding: 0.75rem 1.5rem;
        font-size: var(--_stop-font, clamp(1.5rem, 4vw, 2.5rem));
        font-weight: 800;
        background: var(--_danger);
        border-color: var(--_danger);
        color: #fff;
      }
      button:disabled {
        cursor: default;
        opacity: 0.75;
      }
    `,
  ];

  @property({ type: Boolean, reflect: true }) stopped = false;

  protected override render(): TemplateResult {
    return html`<button ?disabled=${this.stopped} @click=${this.stop}>${this.stopped ? 'Stopped' : 'Stop: it hurts'}</button>`;
  }

  private stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.emit('stop-pain', undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-stop-button': StopButton;
  }
  /** Typed listeners on any ancestor: the event is composed. */
  interface HTMLElementEventMap {
    'stop-pain': CustomEvent<StopButtonEvents['stop-pain']>;
  }
}
