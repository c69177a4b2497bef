/**
 * The last few seconds of frames, each with which of several exercises held the person in its position, and how
 * many frames of the window each one held: counted as frames come in and go out, so a frame costs the same
 * whatever the window's length (the switch watch asks every exercise's share on every frame it watches).
 */
export class PositionWindow {
  /** How many frames in the window each exercise held in its position. */
  private readonly counts: number[];
  /** The frames, oldest first; those before `oldest` have left the window. */
  private readonly frames: { t: number; inPosition: readonly boolean[] }[] = [];
  private oldest = 0;

  constructor(
    exercises: number,
    private readonly spanMs: number,
  ) {
    this.counts = new Array<number>(exercises).fill(0);
  }

  /** A new frame, `inPosition[i]` for the i-th exercise; frames older than the span before it leave the window. */
  add(t: number, inPosition: readonly boolean[]): void {
    this.frames.push({ t, inPosition });
    this.count(inPosition, 1);
    while (this.frames[this.oldest]!.t <= t - this.spanMs) this.count(this.frames[this.oldest++]!.inPosition, -1);
    // Amortised: the array is cut once half of it has left the window.
    if (this.oldest > this.frames.length / 2) {
      this.frames.splice(0, this.oldest);
      this.oldest = 0;
    }
  }

  /** From the oldest frame in the window to the newest, ms (0 before two frames). */
  get coveredMs(): number {
    return this.frames.length === 0 ? 0 : this.frames.at(-1)!.t - this.frames[this.oldest]!.t;
  }

  /** The share of the window's frames the i-th exercise held in its position (0 when empty). */
  share(exercise: number): number {
    const frames = this.frames.length - this.oldest;
    return frames === 0 ? 0 : this.counts[exercise]! / frames;
  }

  private count(inPosition: readonly boolean[], step: 1 | -1): void {
    inPosition.forEach((held, i) => {
      if (held) this.counts[i]! += step;
    });
  }
}
