/**
 * Follows the analysed video as it plays, is scrubbed or is sent to a moment, and says what the replay shows
 * there: the analysed frame's landmarks, the rep under way, its angle and the faults of a held top. Updates its
 * host on every frame the video presents (requestVideoFrameCallback), and after every seek.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaultType, RepDetail } from '../../analysis';
import type { ClipReplay } from '../../clip/clip-replay';
import { faultsAt, nearestIndex, repAt, type RepMark } from '../movement-chart/movement-chart-data';

export interface ReplayMoment {
  /** Where the video is, ms. */
  t: number;
  landmarks: Float32Array | null;
  rep: number | null;
  angleDeg: number | null;
  faults: FaultType[];
}

export class ReplayController implements ReactiveController {
  /** Where the video is, ms. */
  t = 0;
  /** The video's width / height, once known. */
  aspectRatio: number | null = null;
  private video: HTMLVideoElement | null = null;
  private frameRequest: number | null = null;
  private readonly follow = () => this.read();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.attach(null);
  }

  /** Follows `video` (null: none); called after every render, so it only acts when the element changed. */
  attach(video: HTMLVideoElement | null): void {
    if (video === this.video) return;
    if (this.video) {
      for (const type of EVENTS) this.video.removeEventListener(type, this.follow);
      if (this.frameRequest !== null) this.video.cancelVideoFrameCallback(this.frameRequest);
      this.frameRequest = null;
    }
    this.video = video;
    this.t = 0;
    this.aspectRatio = null;
    if (!video) return;
    for (const type of EVENTS) video.addEventListener(type, this.follow);
    this.nextFrame(video);
    this.read();
  }

  /** Sends the video to `ms`. */
  seek(ms: number): void {
    if (this.video) this.video.currentTime = ms / 1000;
  }

  /** What the replay shows now. */
  moment(replay: ClipReplay, reps: readonly RepDetail[], marks: readonly RepMark[]): ReplayMoment {
    const index = nearestIndex(replay.t, this.t);
    return {
      t: this.t,
      landmarks: replay.landmarksAt(index),
      rep: repAt(reps, this.t)?.rep ?? null,
      angleDeg: replay.angleDeg[index] ?? null,
      faults: faultsAt(marks, this.t),
    };
  }

  private nextFrame(video: HTMLVideoElement): void {
    this.frameRequest = video.requestVideoFrameCallback((_now, frame) => {
      if (video !== this.video) return;
      this.update(frame.mediaTime);
      this.nextFrame(video);
    });
  }

  private read(): void {
    if (this.video) this.update(this.video.currentTime);
  }

  private update(seconds: number): void {
    const video = this.video!;
    this.t = Math.round(seconds * 1000);
    if (video.videoWidth > 0 && video.videoHeight > 0) this.aspectRatio = video.videoWidth / video.videoHeight;
    this.host.requestUpdate();
  }
}

/** Besides every presented frame: a seek or metadata changes what is shown even while paused. */
const EVENTS = ['loadedmetadata', 'seeked', 'timeupdate'] as const;
