/**
 * `<gc-safety-screen>`: the warning signs that mean "see a professional before training", asked before the
 * first session and whenever the person opens it again. Ticking any sign says plainly that the coach is not the
 * answer for it; going on then takes an explicit acknowledgement. Emits `safety-complete`; storing the answer
 * (on this device only) is the app's part:
 *
 *   if (await needsSafetyScreen(store)) show(screen);
 *   screen.addEventListener('safety-complete', (event) => store.saveSafetyAnswer(event.detail));
 */
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { RED_FLAGS, type RedFlag, type SafetyAnswer } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import { safetyScreenStyles } from './safety-screen.styles';
import { RED_FLAG_WORDS, SAME_DAY_SIGNS, SEE_A_PROFESSIONAL } from './red-flag-words';

export interface SafetyScreenEvents {
  /** The person answered: no sign ticked, or signs ticked and the warning acknowledged. */
  'safety-complete': SafetyAnswer;
}

@customElement('gc-safety-screen')
export class SafetyScreen extends CoachElement<SafetyScreenEvents> {
  static override styles = [tokens, safetyScreenStyles];

  /** The answer given before, if any: its ticks are shown again when the person reopens the screen. */
  @property({ attribute: false }) previous: SafetyAnswer | null = null;

  @state() private ticked = new Set<RedFlag>();
  @state() private acknowledged = false;
  /** Set when Continue was pressed with signs ticked but not acknowledged. */
  @state() private askedToAcknowledge = false;

  @query('#acknowledge') private acknowledgement!: HTMLInputElement | null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('previous') && this.previous) {
      this.ticked = new Set(this.previous.flags);
      this.acknowledged = this.previous.acknowledged;
    }
  }

  protected override render(): TemplateResult {
    return html`
      <h2>Before you start</h2>
      <p>Glute Coach is for everyday lower back pain. A few signs need a health professional to check them first.</p>
      <fieldset>
        <legend>Tick any that you have now:</legend>
        ${RED_FLAGS.map((flag) => this.renderFlag(flag))}
      </fieldset>
      ${this.ticked.size > 0 ? this.renderWarning() : html`<p>None of these? Then you are ready to start.</p>`}
      <button class="primary" @click=${this.complete}>Continue</button>
      <p class="private">Your answers stay on this device. They are never sent anywhere.</p>
    `;
  }

  private renderFlag(flag: RedFlag): TemplateResult {
    return html`
      <label>
        <input type="checkbox" name=${flag} .checked=${this.ticked.has(flag)} @change=${(event: Event) => this.tick(flag, event)} />
        <span>${RED_FLAG_WORDS[flag]}</span>
      </label>
    `;
  }

  private renderWarning(): TemplateResult {
    const sameDay = [...this.ticked].flatMap((flag) => SAME_DAY_SIGNS[flag] ?? []);
    const stillToAcknowledge = this.askedToAcknowledge && !this.acknowledged;
    return html`
      <div class="warning" role="status">
        <p class="plain">${SEE_A_PROFESSIONAL}</p>
        <p>Please talk to a doctor or physio before you train with the coach.</p>
        ${sameDay.map((words) => html`<p class="plain">${words}</p>`)}
        <label>
          <input
            id="acknowledge"
            type="checkbox"
            .checked=${this.acknowledged}
            aria-describedby=${stillToAcknowledge ? 'acknowledge-hint' : nothing}
            @change=${(event: Event) => (this.acknowledged = (event.target as HTMLInputElement).checked)}
          />
          <span>I understand that Glute Coach can't check these signs, and I choose to go on.</span>
        </label>
        ${stillToAcknowledge
          ? html`<p class="hint" id="acknowledge-hint">Tick the box above to go on, or stop here and see a professional first.</p>`
          : nothing}
      </div>
    `;
  }

  private tick(flag: RedFlag, event: Event): void {
    const ticked = new Set(this.ticked);
    if ((event.target as HTMLInputElement).checked) ticked.add(flag);
    else ticked.delete(flag);
    this.ticked = ticked;
  }

  private complete(): void {
    const flags = RED_FLAGS.filter((flag) => this.ticked.has(flag));
    if (flags.length > 0 && !this.acknowledged) {
      this.askedToAcknowledge = true;
      void this.updateComplete.then(() => this.acknowledgement?.focus());
      return;
    }
    this.emit('safety-complete', { answeredAt: Date.now(), flags, acknowledged: flags.length > 0 });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-safety-screen': SafetyScreen;
  }
  /** Typed listeners on any ancestor: the event is composed. */
  interface HTMLElementEventMap {
    'safety-complete': CustomEvent<SafetyScreenEvents['safety-complete']>;
  }
}
