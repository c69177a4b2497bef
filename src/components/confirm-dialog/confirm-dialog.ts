/**
 * `<gc-confirm-dialog>`: asks before a step that cannot be undone, in a modal dialog inside the component that
 * asks. Open while `question` is set; the answer comes back as `gc-confirm` or `gc-cancel` (Escape cancels
 * too), heard on the element only: neither bubbles, so the page around never sees them.
 */
import { css, html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { tokens } from '../base/coach-element';

@customElement('gc-confirm-dialog')
export class ConfirmDialog extends LitElement {
  static override styles = [
    tokens,
    css`
      dialog {
        background: var(--_surface);
        border-radius: var(--_radius);
        padding: 1rem;
        color: var(--_fg);
        border: 2px solid var(--_danger);
        max-width: 32rem;
      }
      dialog::backdrop {
        background: rgba(0, 0, 0, 0.6);
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
        align-items: center;
      }
    `,
  ];

  /** What is asked; null keeps the dialog closed. */
  @property({ attribute: false }) question: string | null = null;
  /** The confirming button's words, naming the step ("Delete session"). */
  @property({ attribute: false }) confirmLabel = '';

  @query('dialog') private dialog!: HTMLDialogElement;

  protected override render(): TemplateResult {
    return html`
      <dialog aria-labelledby="confirm-question" @cancel=${() => this.answer('gc-cancel')}>
        <p id="confirm-question">${this.question}</p>
        <div class="actions">
          <button @click=${() => this.answer('gc-cancel')}>Cancel</button>
          <button class="danger" @click=${() => this.answer('gc-confirm')}>${this.confirmLabel}</button>
        </div>
      </dialog>
    `;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('question')) return;
    const open = this.question !== null;
    if (open && !this.dialog.open) this.dialog.showModal();
    if (!open && this.dialog.open) this.dialog.close();
  }

  private answer(type: 'gc-confirm' | 'gc-cancel'): void {
    this.dispatchEvent(new Event(type));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-confirm-dialog': ConfirmDialog;
  }
}
