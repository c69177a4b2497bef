/** What <glute-coach> shows of a routine beyond one block: where the camera goes next, and the block's "Skip". */
import { html, nothing, type TemplateResult } from 'lit';
import type { CoachStage } from '../../../live/coach-lifecycle';
import * as words from '../../../live/coaching-words';
import type { BlockPlan } from '../../../live/routine';

type Part = TemplateResult | typeof nothing;

/** In a routine, the block under way (sets or holds) can be skipped, the rest of it, from its set-up, a set or a rest. */
export function renderSkipBlock(stage: CoachStage, block: { readonly plan: BlockPlan } | null, skip: () => void): Part {
  const plan = block?.plan;
  if (!plan?.step || (stage !== 'setup' && stage !== 'training' && stage !== 'rest')) return nothing;
  return html`<button part="skip-block" @click=${skip}>Skip ${words.exerciseTitle(plan.exercise, plan.side)}</button>`;
}

/** Between a routine's blocks: where the camera goes now (when it moves) and the position to take. */
export function renderCameraMove(change: words.BlockChange | null): Part {
  if (!change) return nothing;
  return html`<div class="camera-move" part="camera-move" role="status">
    ${change.camera ? html`<p><strong>${words.CAMERA_MOVE}</strong> ${change.camera}</p>` : nothing}
    <p>${change.position}</p>
  </div>`;
}
