/**
 * <gc-week-progress>: this week's training days against the programme's "2-3 times per week", Monday to Sunday,
 * read from the store it is given (counted as training-weeks.ts says). `refresh()` reads it again, e.g. after a
 * session was saved.
 */
import { html, css, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SessionStore } from '../../storage';
import { CoachElement, tokens } from '../base/coach-element';
import { addDays, midnight, PROGRAMME_TARGET, thisWeek, VERDICT_WORDS, type TrainingWeek } from './training-weeks';

const WEEKDAY = new Intl.DateTimeFormat(undefined, { weekday: 'narrow' });
const DAY = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long' });

@customElement('gc-week-progress')
export class WeekProgress extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      p {
        margin: 0 0 0.25rem;
      }
      ol {
        display: flex;
        gap: 0.4rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        width: 2rem;
        line-height: 2rem;
        text-align: center;
        border-radius: 50%;
        border: 1px solid var(--_muted);
      }
      .trained {
        background: var(--_accent);
        border-color: var(--_accent);
        color: #06130c;
        font-weight: 700;
      }
      .today {
        outline: 2px solid var(--_warn);
      }
      .verdict {
        color: var(--_muted);
      }
    `,
  ];

  /** Where the sessions are kept; read whenever this is set. */
  @property({ attribute: false }) store: SessionStore | null = null;

  @state() private week: TrainingWeek | null = null;

  /** Reads this week's sessions again. */
  async refresh(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const week = thisWeek(await store.list(), Date.now());
    if (store === this.store) this.week = week;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('store')) void this.refresh();
  }

  protected override render() {
    const week = this.week;
    if (!week) return html``;
    const today = midnight(Date.now());
    return html`<section part="base" aria-label="This week">
      <p part="summary">
        This week: <strong>${week.trainingDays} of ${PROGRAMME_TARGET}</strong> training days
        <span class="verdict" data-verdict=${week.verdict}>· ${VERDICT_WORDS[week.verdict]}</span>
      </p>
      <ol part="days">
        ${week.days.map((trained, index) => {
          const date = addDays(week.start, index);
          return html`<li class="${trained ? 'trained' : ''} ${date === today ? 'today' : ''}" aria-label="${DAY.format(date)}: ${trained ? 'trained' : 'no training'}">${WEEKDAY.format(date)}</li>`;
        })}
      </ol>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-week-progress': WeekProgress;
  }
}
