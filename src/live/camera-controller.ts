/**
 * The webcam as a reactive controller: opens the chosen camera into a <video>, lists the others, and stops
 * every track when the coach stops, when its element leaves the page and when the page itself is hidden for
 * good (pagehide), so the camera light never stays on behind the person's back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { cameraError } from './errors';

export type FacingMode = 'user' | 'environment';
export type Orientation = 'landscape' | 'portrait';

export interface CameraChoice {
  /** A specific camera from `devices`; null lets the browser pick by facing mode. */
  deviceId: string | null;
  facingMode: FacingMode;
  orientation: Orientation;
}

export interface CameraInfo {
  label: string;
  width: number;
  height: number;
  facingMode: FacingMode | null;
}

export type CameraEndReason = 'pagehide' | 'track-ended';

/**
 * The model sees 256x256, so a bigger picture only costs decode and copy time: ask for about 640x480, which
 * still gives a sharp enough preview to check the framing from across the room.
 */
const IDEAL_LONG_SIDE = 640;
const IDEAL_SHORT_SIDE = 480;

function constraintsFor(choice: CameraChoice): MediaStreamConstraints {
  const landscape = choice.orientation === 'landscape';
  return {
    audio: false,
    video: {
      width: { ideal: landscape ? IDEAL_LONG_SIDE : IDEAL_SHORT_SIDE },
      height: { ideal: landscape ? IDEAL_SHORT_SIDE : IDEAL_LONG_SIDE },
      frameRate: { ideal: 30 },
      ...(choice.deviceId ? { deviceId: { exact: choice.deviceId } } : { facingMode: { ideal: choice.facingMode } }),
    },
  };
}

function stopTracks(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

/** What an open that was overtaken rejects with: its caller has moved on, so nobody shows it. */
function overtaken(): DOMException {
  return new DOMException('The camera was stopped or opened again while it started.', 'AbortError');
}

export class CameraController implements ReactiveController {
  stream: MediaStream | null = null;
  /** Video inputs; labels are only filled in once the person has allowed the camera. */
  devices: MediaDeviceInfo[] = [];
  choice: CameraChoice = { deviceId: null, facingMode: 'user', orientation: 'landscape' };
  info: CameraInfo | null = null;
  private video: HTMLVideoElement | null = null;
  /**
   * Bumped by every open and stop. An open that finds it changed while it waited for the camera was overtaken
   * (stopped, or opened again) and closes what it opened itself, so no stream is ever left on unowned.
   */
  private generation = 0;

  private readonly onPageHide = (): void => this.end('pagehide');
  private readonly onTrackEnded = (): void => this.end('track-ended');
  /**
   * The picture's size changed under a running stream: a phone turned between portrait and landscape (its
   * camera then delivers the other shape), or the browser switched resolution. The view follows its shape.
   */
  private readonly onResize = (): void => {
    if (!this.stream || !this.video) return;
    this.info = this.describe(this.stream, this.video);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onEnded: (reason: CameraEndReason) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.onPageHide);
    this.stop();
  }

  get active(): boolean {
    return this.stream !== null;
  }

  /** Opens the chosen camera into `video` (closing any camera open before) and resolves once it plays. */
  async open(video: HTMLVideoElement, choice: Partial<CameraChoice> = {}): Promise<CameraInfo> {
    this.stop();
    const generation = this.generation;
    this.choice = { ...this.choice, ...choice };
    if (!navigator.mediaDevices?.getUserMedia) throw cameraError(new DOMException('This browser has no camera access here (it needs https).', 'NotFoundError'));
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia(constraintsFor(this.choice));
    } catch (error) {
      throw cameraError(error);
    }
    if (generation !== this.generation) {
      stopTracks(stream);
      throw overtaken();
    }
    this.stream = stream;
    this.video = video;
    stream.getVideoTracks()[0]?.addEventListener('ended', this.onTrackEnded);
    video.srcObject = stream;
    video.addEventListener('resize', this.onResize);
    await video.play();
    if (generation !== this.generation) throw overtaken();
    this.info = this.describe(stream, video);
    await this.listDevices();
    this.host.requestUpdate();
    return this.info;
  }

  stop(): void {
    this.generation++;
    if (!this.stream) return;
    for (const track of this.stream.getTracks()) track.removeEventListener('ended', this.onTrackEnded);
    stopTracks(this.stream);
    this.stream = null;
    this.info = null;
    if (this.video) {
      this.video.removeEventListener('resize', this.onResize);
      this.video.srcObject = null;
    }
    this.video = null;
    this.host.requestUpdate();
  }

  private end(reason: CameraEndReason): void {
    if (!this.stream) return;
    this.stop();
    this.onEnded(reason);
  }

  private describe(stream: MediaStream, video: HTMLVideoElement): CameraInfo {
    const track = stream.getVideoTracks()[0];
    const settings = track?.getSettings() ?? {};
    const facing = settings.facingMode;
    return {
      label: track?.label ?? 'camera',
      width: video.videoWidth || settings.width || 0,
      height: video.videoHeight || settings.height || 0,
      facingMode: facing === 'user' || facing === 'environment' ? facing : null,
    };
  }

  private async listDevices(): Promise<void> {
    const all = await navigator.mediaDevices.enumerateDevices();
    this.devices = all.filter((device) => device.kind === 'videoinput');
  }
}
