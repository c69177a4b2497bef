/** Whether the history is kept: storage not usable or full (with an export at hand), and persistent storage. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Persistence, SessionStore } from '../../storage';

const PERSISTENCE_WORDS: Record<Persistence, string> = {
  persisted: 'Kept for good: the browser will not clear this history to free space.',
  'best-effort': 'The browser may clear this history when the device runs low on space: export it now and then.',
  unsupported: 'This browser may clear this history when the device runs low on space: export it now and then.',
};

export function renderKeeping(store: SessionStore, persistence: Persistence | null, exportNow: () => void): TemplateResult {
  return html`
    ${store.available
      ? nothing
      : html`<div class="notice warn" role="status" data-testid="not-kept"><p>${store.reason}</p><button
          class="primary" @click=${exportNow}>Export JSON now</button></div>`}
    ${persistence ? html`<p class="keeping" data-persistence=${persistence}>${PERSISTENCE_WORDS[persistence]}</p>` : nothing}
  `;
}
