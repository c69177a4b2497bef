/**
 * <gc-coach-setup>: before the first set. Says where the camera goes for this exercise, checks the framing
 * live (from the analysis status) and says what to fix. Training starts by itself once the person has been
 * in position for a moment; the button starts it at once ("Start anyway" when the framing is not right yet).
 * Also where the camera is chosen: which one, front or back, landscape or portrait. Content in its `framing` slot
 * takes the framing message's place (the coach's offer to switch exercise).
 */
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { DEFAULT_EXERCISE, type ActivityId, type Side, type TrackingStatus } from '../../analysis';
import type { CameraChoice, FacingMode, Orientation } from '../../live/camera-controller';
import { cameraPlacement, exerciseTitle, framingMessage } from '../../live/coaching-words';
import { CoachElement, tokens } from '../base/coach-element';
import { coachSetupStyles } from './coach-setup.styles';

export interface CoachSetupEvents {
  'gc-start-now': undefined;
  'gc-camera-change': Partial<CameraChoice>;
}

@customElement('gc-coach-setup')
export class CoachSetup extends CoachElement<CoachSetupEvents> {
  static override styles = [tokens, coachSetupStyles];

  @property() exercise: ActivityId = DEFAULT_EXERCISE;
  @property() side: Side = 'left';
  /** The analysis status of the latest frame; null before the first one. */
  @property({ attribute: false }) status: TrackingStatus | null = null;
  /** 0..1: how far along the automatic start is (the person must stay in position). */
  @property({ type: Number }) progress = 0;
  @property({ attribute: false }) devices: readonly MediaDeviceInfo[] = [];
  @property({ attribute: false }) camera: CameraChoice | null = null;

  protected override render() {
    const ok = this.status === 'ok';
    return html`
      <h2 part="title">${exerciseTitle(this.exercise, this.side)}: set up</h2>
      <ol part="steps">
        ${cameraPlacement(this.exercise, this.side).map((step) => html`<li>${step}</li>`)}
      </ol>
      <slot name="framing">
        <div class="framing ${ok ? 'ok' : ''}" part="framing" role="status">
          ${this.status ? framingMessage(this.status, this.exercise) : 'Looking for you…'}
          ${ok ? html`<progress max="1" .value=${this.progress} aria-label="Starting"></progress>` : nothing}
        </div>
      </slot>
      <div class="actions">
        <button class=${ok ? 'primary' : ''} part="start" @click=${() => this.emit('gc-start-now', undefined)}>
          ${ok ? 'Start now' : 'Start anyway'}
        </button>
      </div>
      ${this.renderCameraChoice()}
    `;
  }

  private renderCameraChoice() {
    const camera = this.camera;
    if (!camera) return nothing;
    return html`
      <fieldset part="camera">
        <legend>Camera</legend>
        ${this.devices.length > 1
          ? html`<select aria-label="Camera" @change=${(event: Event) => this.emit('gc-camera-change', { deviceId: (event.target as HTMLSelectElement).value })}>
              ${this.devices.map((device, index) => html`<option value=${device.deviceId} ?selected=${device.deviceId === camera.deviceId}>${device.label || `Camera ${index + 1}`}</option>`)}
            </select>`
          : nothing}
        <div class="row" role="group" aria-label="Which side of the phone">
          ${this.toggle<FacingMode>('facingMode', 'user', 'Front', camera.facingMode)} ${this.toggle<FacingMode>('facingMode', 'environment', 'Back', camera.facingMode)}
        </div>
        <div class="row" role="group" aria-label="Picture orientation">
          ${this.toggle<Orientation>('orientation', 'landscape', 'Landscape', camera.orientation)} ${this.toggle<Orientation>('orientation', 'portrait', 'Portrait', camera.orientation)}
        </div>
      </fieldset>
    `;
  }

  private toggle<Value extends string>(key: 'facingMode' | 'orientation', value: Value, label: string, current: Value) {
    // Front/back picks by facing mode, so a specific camera chosen before is let go.
    const change = key === 'facingMode' ? { facingMode: value as FacingMode, deviceId: null } : { orientation: value as Orientation };
    return html`<button aria-pressed=${current === value} @click=${() => this.emit('gc-camera-change', change)}>${label}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-setup': CoachSetup;
  }
}
