/**
 * <glute-coach>: live coaching for glute bridges, hip thrusts and clamshells from the camera, on the device.
 *
 *   <glute-coach exercise="glute-bridge" target-reps="12" sets="3" voice></glute-coach>
 *   coach.addEventListener('rep', (event) => console.log(event.detail.rep, event.detail.faults));
 *   await coach.start();
 *
 * Attributes: exercise (glute-bridge | hip-thrust | clamshell), side (left | right, the clamshell's top leg),
 * target-reps, sets, rest (seconds), model (lite | full | heavy), routine (beginner), voice, assets-base,
 * skip-setup. Attribute changes take effect at the next start().
 * Methods: start(), stop(), resume(session). Read-only: stage, frameStats.
 * Events (bubbling, composed, typed in GluteCoachEventMap): ready, rep, fault, set-complete, session-end, error.
 * Theming: the --gc-* custom properties (components/base/coach-element.ts) and these parts: base, header,
 * sound-toggle, mirror-toggle, stop, start, stage, view, video, skeleton, hold, hold-label, hold-bar, panel,
 * counter, count, target, sets, rest, rest-seconds, rest-next, rest-skip, setup, setup-title, setup-steps,
 * framing, setup-start, camera-choice, cue-region, cue, progress, summary, error.
 */
import { customElement } from 'lit/decorators.js';
import { tokens } from '../base/coach-element';
import type { GluteCoachEventMap } from './events';
import { GluteCoachBase } from './internal/glute-coach-base';
import { gluteCoachStyles } from './glute-coach.styles';

export type * from './events';
export type { CoachStage } from './internal/glute-coach-base';

type Listener<Name extends keyof GluteCoachEventMap> = (this: GluteCoach, event: GluteCoachEventMap[Name]) => unknown;

@customElement('glute-coach')
export class GluteCoach extends GluteCoachBase {
  static override styles = [tokens, gluteCoachStyles];

  // Typed listeners for all six events; `error` in particular is an ErrorEvent on ordinary elements.
  override addEventListener<Name extends keyof GluteCoachEventMap>(type: Name, listener: Listener<Name>, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  override addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void {
    super.addEventListener(type, listener, options);
  }

  override removeEventListener<Name extends keyof GluteCoachEventMap>(type: Name, listener: Listener<Name>, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  override removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void {
    super.removeEventListener(type, listener, options);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'glute-coach': GluteCoach;
  }
}
