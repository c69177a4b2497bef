/**
 * <gc-coach-skeleton>: the detected body drawn over the video on a canvas, with the joints a fault is about
 * drawn large in the warning colour. It fills its container, which must have the video's aspect ratio (the
 * landmarks are fractions of the picture). Colours come from the design tokens.
 */
import { html, css, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { faultKind, Landmark, type FaultType } from '../../analysis';
import { CoachElement, tokens } from '../base/coach-element';

/** Bones between BlazePose landmarks, body only (the face and hands add clutter and nothing to coach). */
const BONES: readonly (readonly [number, number])[] = [
  [Landmark.leftEar, Landmark.leftShoulder],
  [Landmark.rightEar, Landmark.rightShoulder],
  [Landmark.leftShoulder, Landmark.rightShoulder],
  [Landmark.leftShoulder, Landmark.leftElbow],
  [Landmark.leftElbow, Landmark.leftWrist],
  [Landmark.rightShoulder, Landmark.rightElbow],
  [Landmark.rightElbow, Landmark.rightWrist],
  [Landmark.leftShoulder, Landmark.leftHip],
  [Landmark.rightShoulder, Landmark.rightHip],
  [Landmark.leftHip, Landmark.rightHip],
  [Landmark.leftHip, Landmark.leftKnee],
  [Landmark.leftKnee, Landmark.leftAnkle],
  [Landmark.leftAnkle, Landmark.leftHeel],
  [Landmark.leftHeel, Landmark.leftFootIndex],
  [Landmark.rightHip, Landmark.rightKnee],
  [Landmark.rightKnee, Landmark.rightAnkle],
  [Landmark.rightAnkle, Landmark.rightHeel],
  [Landmark.rightHeel, Landmark.rightFootIndex],
];

const JOINTS = [...new Set(BONES.flat())];

/** Points MediaPipe itself rates below this are guesses: drawing them would show a body that is not there. */
const MIN_VISIBILITY = 0.5;
const STRIDE = 4;

interface Colours {
  bone: string;
  joint: string;
  fault: string;
}

@customElement('gc-coach-skeleton')
export class CoachSkeleton extends CoachElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        pointer-events: none;
      }
      canvas {
        width: 100%;
        height: 100%;
        display: block;
      }
    `,
  ];

  /** Normalised image landmarks (33 x [x, y, z, visibility]) of the latest frame; null draws nothing. */
  @property({ attribute: false }) landmarks: Float32Array | null = null;
  @property({ attribute: false }) highlight: readonly FaultType[] = [];
  /**
   * Drawn flipped left to right, over a mirrored picture. The flip is drawn rather than a CSS transform on the
   * canvas: on a software renderer the compositor redraws a flipped transparent canvas through a slower path on
   * every video frame (the GPU process took 28% of a core with the view flipped as a whole, 21% with only the video
   * flipped: docs/benchmarks.md).
   */
  @property({ type: Boolean }) mirrored = false;

  @query('canvas') private canvas!: HTMLCanvasElement;
  /**
   * The element's CSS size, as the ResizeObserver last reported it. Reading clientWidth in every draw instead
   * forced a layout on each pose (the view's other parts had just changed the DOM): the skeleton draws on
   * every camera frame, so that was the element's most frequent forced layout.
   */
  private size = { width: 0, height: 0 };
  private readonly resizeObserver = new ResizeObserver(([entry]) => {
    if (!entry) return;
    this.size = { width: entry.contentRect.width, height: entry.contentRect.height };
    this.draw();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    this.resizeObserver.disconnect();
    super.disconnectedCallback();
  }

  protected override render() {
    return html`<canvas part="canvas" aria-hidden="true"></canvas>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    this.draw();
  }

  private draw(): void {
    const context = this.sizedContext();
    if (!context) return;
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    if (!this.landmarks) return;
    const colours = this.colours();
    const scale = this.canvas.width / Math.max(1, this.size.width);
    const highlighted = new Set(this.highlight.flatMap((fault) => faultKind(fault).joints));
    this.drawBones(context, colours.bone, 4 * scale);
    this.drawJoints(context, highlighted, colours, scale);
  }

  /** The canvas backing store matched to its CSS size and the screen's pixel density, so lines stay sharp. */
  private sizedContext(): CanvasRenderingContext2D | null {
    if (!this.canvas) return null;
    const ratio = window.devicePixelRatio || 1;
    const width = Math.round(this.size.width * ratio);
    const height = Math.round(this.size.height * ratio);
    if (this.canvas.width !== width || this.canvas.height !== height) Object.assign(this.canvas, { width, height });
    return this.canvas.getContext('2d');
  }

  private point(index: number): { x: number; y: number } | null {
    const values = this.landmarks!;
    if ((values[index * STRIDE + 3] ?? 0) < MIN_VISIBILITY) return null;
    const x = values[index * STRIDE]!;
    return { x: (this.mirrored ? 1 - x : x) * this.canvas.width, y: values[index * STRIDE + 1]! * this.canvas.height };
  }

  private drawBones(context: CanvasRenderingContext2D, colour: string, width: number): void {
    context.strokeStyle = colour;
    context.lineWidth = width;
    context.lineCap = 'round';
    context.beginPath();
    for (const [from, to] of BONES) {
      const a = this.point(from);
      const b = this.point(to);
      if (!a || !b) continue;
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
    }
    context.stroke();
  }

  /** The design tokens' colours now (the theme can change between draws): read once a draw, not once a joint. */
  private colours(): Colours {
    const style = getComputedStyle(this);
    const token = (name: string) => style.getPropertyValue(name).trim();
    return { bone: token('--_accent'), joint: token('--_fg'), fault: token('--_danger') };
  }

  private drawJoints(context: CanvasRenderingContext2D, highlighted: Set<number>, colours: Colours, scale: number): void {
    for (const index of JOINTS) {
      const p = this.point(index);
      if (!p) continue;
      const hot = highlighted.has(index);
      context.fillStyle = hot ? colours.fault : colours.joint;
      context.beginPath();
      context.arc(p.x, p.y, (hot ? 11 : 6) * scale, 0, Math.PI * 2);
      context.fill();
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gc-coach-skeleton': CoachSkeleton;
  }
}
