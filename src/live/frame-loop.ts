/**
 * Calls back once per new video frame: requestVideoFrameCallback where the browser has it (one call per
 * decoded frame, none for repeats), requestAnimationFrame otherwise (a call per display refresh, so frames
 * whose media time did not move are skipped).
 */

export type FrameHandler = (video: HTMLVideoElement, now: number) => void;

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback(callback: (now: number) => void): number;
  cancelVideoFrameCallback(handle: number): void;
};

function hasFrameCallback(video: HTMLVideoElement): video is VideoWithFrameCallback {
  return 'requestVideoFrameCallback' in video;
}

export class FrameLoop {
  private handle: number | null = null;
  private lastMediaTime = -1;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly onFrame: FrameHandler,
  ) {}

  get running(): boolean {
    return this.handle !== null;
  }

  start(): void {
    if (this.running) return;
    this.schedule();
  }

  stop(): void {
    if (this.handle === null) return;
    if (hasFrameCallback(this.video)) this.video.cancelVideoFrameCallback(this.handle);
    else cancelAnimationFrame(this.handle);
    this.handle = null;
  }

  private schedule(): void {
    const video = this.video;
    if (hasFrameCallback(video)) {
      this.handle = video.requestVideoFrameCallback((now) => this.tick(now));
    } else {
      this.handle = requestAnimationFrame((now) => this.tickIfNewFrame(now));
    }
  }

  private tick(now: number): void {
    this.schedule();
    this.onFrame(this.video, now);
  }

  private tickIfNewFrame(now: number): void {
    const mediaTime = this.video.currentTime;
    if (mediaTime === this.lastMediaTime || this.video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA) {
      this.schedule();
      return;
    }
    this.lastMediaTime = mediaTime;
    this.tick(now);
  }
}
