/**
 * <gc-set-report>: the set just done, for the rest and the summary: reps, the best and the shortest hold,
 * which faults came on which reps, the one thing to fix next set, and what the camera could not check.
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import * as words from '../../live/coaching-words';
import type { SetReport } from '../../live/set-report';
import { CoachElement, tokens } from '../base/coach-element';
import { setReportStyles } from './set-report.styles';

@customElement('gc-set-report')
export class SetReportView extends CoachElement {
  static override styles = [tokens, setReportStyles];

  @property({ attribute: false }) report: SetReport | null = null;
  @property({ type: Number }) sets = 1;

  protected override render() {
    const report = this.report;
    if (!report) return nothing;
    const { bestHoldMs, shortestHoldMs } = report;
    return html`
      <h3 part="title">Set ${report.set} of ${this.sets}: ${report.reps} ${report.reps === 1 ? 'rep' : 'reps'}</h3>
      ${bestHoldMs !== null && shortestHoldMs !== null
        ? html`<p part="holds">Hold: best ${words.seconds(bestHoldMs)}, shortest ${words.seconds(shortestHoldMs)}</p>`
        : nothing}
      <ul class="faults" part="faults">
        ${report.faults.map((fault) => html`<li>${fault.label}: ${words.repList(fault.reps)}</li>`)}
      </ul>
      ${report.reps > 0 ? html`<p class="fix" part="fix">${words.fixNextSet(report.fixNext, report.notChecked.length > 0)}</p>` : nothing}
      ${report.notChecked.length > 0 ? html`<p class="not-checked" part="not-checked">${words.notChecked(report.notChecked)}</p>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-set-report': SetReportView;
  }
}
