/**
 * `<gc-pain-rating moment="before|after">`: one tap on a big 0-10 row rates back pain now, readable from the
 * floor; "Skip" says the person would rather not. Emits `pain-rated`; the app stores it with the session:
 *
 *   rating.addEventListener('pain-rated', ({ detail }) => store.ratePain(sessionId, detail.moment, detail.value));
 *
 * Keyboard: Tab reaches every number, the arrow keys (and Home, End) move between them, Enter or Space rates.
 */
import { html, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PAIN_SCALE_MAX, type PainMoment } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import { painRatingStyles } from './pain-rating.styles';

export interface PainRatingEvents {
  /** `value` null: skipped. */
  'pain-rated': { moment: PainMoment; value: number | null };
}

const QUESTIONS: Record<PainMoment, string> = {
  before: 'Before you start: how much does your back hurt right now?',
  after: 'After training: how much does your back hurt now?',
};

const SCALE = Array.from({ length: PAIN_SCALE_MAX + 1 }, (_, value) => value);

/** How far each key moves the focus along the row; the ends are reached by jumping past them. */
const FOCUS_MOVES: Record<string, number> = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1, Home: -SCALE.length, End: SCALE.length };

@customElement('gc-pain-rating')
export class PainRating extends CoachElement<PainRatingEvents> {
  static override styles = [tokens, painRatingStyles];

  @property({ reflect: true }) moment: PainMoment = 'before';
  /** The rating shown as chosen (null: none yet, or skipped); set by a tap, or by the app to show one again. */
  @property({ type: Number }) value: number | null = null;

  protected override render(): TemplateResult {
    return html`
      <h2 id="question">${QUESTIONS[this.moment]}</h2>
      <p class="anchors" id="anchors"><span>0 = no pain</span><span>10 = worst pain you can imagine</span></p>
      <div class="scale" role="group" aria-labelledby="question" aria-describedby="anchors" @keydown=${this.moveFocus}>
        ${SCALE.map(
          (value) => html`
            <button aria-pressed=${value === this.value ? 'true' : 'false'} aria-label="${value} out of 10" @click=${() => this.rate(value)}>
              ${value}
            </button>
          `,
        )}
      </div>
      <button class="skip" @click=${() => this.rate(null)}>Skip</button>
    `;
  }

  private rate(value: number | null): void {
    this.value = value;
    this.emit('pain-rated', { moment: this.moment, value });
  }

  private moveFocus(event: KeyboardEvent): void {
    const move = FOCUS_MOVES[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.scale button')];
    const from = buttons.indexOf(event.target as HTMLButtonElement);
    buttons[Math.min(Math.max(from + move, 0), buttons.length - 1)]?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-pain-rating': PainRating;
  }
  /** Typed listeners on any ancestor: the event is composed. */
  interface HTMLElementEventMap {
    'pain-rated': CustomEvent<PainRatingEvents['pain-rated']>;
  }
}
