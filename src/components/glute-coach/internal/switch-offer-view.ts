/**
 * The offer to switch exercise as <glute-coach> shows it: the question (announced as it appears) and its two
 * answers, each one tap, or Tab and Enter, away. In the set-up it takes the framing hint's place (`slot`): the
 * hint would only repeat the position the person has clearly not taken.
 */
import { html, nothing, type TemplateResult } from 'lit';
import * as words from '../../../live/coaching-words';
import type { ShownSwitchOffer } from './exercise-switching';

export function renderSwitchOffer({ from, to }: ShownSwitchOffer, answer: (switchExercise: boolean) => void, slot?: string): TemplateResult {
  return html`<div class="switch-offer" part="switch-offer" slot=${slot ?? nothing} role="group" aria-labelledby="switch-question">
    <p id="switch-question" part="switch-question" role="alert">${words.switchQuestion(to.exercise, to.side ?? from.side)}</p>
    <button class="primary" part="switch-accept" @click=${() => answer(true)}>Switch</button>
    <button part="switch-refuse" @click=${() => answer(false)}>${words.keepExerciseLabel(from.exercise, from.side)}</button>
  </div>`;
}
