/**
 * <gc-hold-clock>: a timed hold's clock, big enough to read from the floor: the seconds in position against the
 * target, a bar that fills with them, and the state in words (waiting for the position, holding, paused with the
 * reason, or, for a hold no camera can check, the count). Screen readers hear the state change (a live region).
 */
import { html, css } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { HoldClockState, Side } from '../../analysis';
import { holdProgress } from '../../live/coaching-words';
import { CoachElement, tokens } from '../base/coach-element';
import { cssomStyle } from '../base/cssom-style';

@customElement('gc-hold-clock')
export class HoldClockView extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        text-align: center;
      }
      .seconds {
        font-size: clamp(2.5rem, 12cqi, 6rem);
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      :host([state='paused']) .seconds,
      :host([state='waiting']) .seconds {
        color: var(--_muted);
      }
      .bar {
        height: 0.8rem;
        border-radius: 0.4rem;
        background: var(--_surface);
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--_accent);
      }
      :host([state='paused']) .fill {
        background: var(--_warn);
      }
      .status {
        margin-top: 0.5rem;
        font-size: clamp(1.1rem, 4cqi, 2rem);
        font-weight: 700;
      }
    `,
  ];

  @property({ type: Number, attribute: 'held-ms' }) heldMs = 0;
  @property({ type: Number, attribute: 'target-ms' }) targetMs = 30_000;
  @property({ reflect: true }) state: HoldClockState = 'waiting';
  /** The side held now, where the hold has sides. */
  @property() side: Side | null = null;
  /** Shown while paused: why (the position check's words). */
  @property() reason: string | null = null;
  /** Shown while waiting: how to get into position. */
  @property() hint = '';
  /** A hold no camera can check: what the count says now ("Squeeze", "2"), shown instead of a state. */
  @property() count: string | null = null;

  protected override render() {
    const fraction = Math.min(1, this.heldMs / this.targetMs);
    return html`
      <div class="seconds" part="seconds">${holdProgress(this.heldMs, this.targetMs)}</div>
      <div class="bar" part="bar" aria-hidden="true"><div class="fill" ${cssomStyle({ width: `${fraction * 100}%` })}></div></div>
      <div class="status" part="status" role="status">${this.statusWords()}</div>
    `;
  }

  private statusWords(): string {
    if (this.count !== null) return this.count;
    const side = this.side ? `${this.side === 'left' ? 'Left' : 'Right'} side: ` : '';
    switch (this.state) {
      case 'waiting':
        return `${side}${this.hint}`;
      case 'running':
        return `${side}hold`;
      case 'paused':
        return `Paused: ${this.reason ?? 'get back into position'}`;
      case 'done':
        return `${side}done`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-hold-clock': HoldClockView;
  }
}
