/**
 * The live coach's lifecycle: idle -> loading (the camera opens while the pose model loads) -> running (camera
 * frames go through the model, the frame loop pausing while the page is hidden) -> finished, or error. It
 * composes the camera, pose model and page visibility controllers, and numbers every start attempt so that
 * whatever an earlier one began and finishes late is dropped.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PoseFrame } from '../analysis';
import { CameraController, type CameraChoice, type CameraEndReason, type CameraInfo } from './camera-controller';
import { sampleFrames } from './camera-frames';
import { asCoachError, cameraLost, type CoachError } from './errors';
import { FrameLoop } from './frame-loop';
import type { ModelSetting } from './model-setting';
import { PageVisibilityController } from './page-visibility';
import { PoseController, type FrameStats, type LoadedModel, type ModelRequest } from './pose-controller';
import type { WorkoutStage } from './workout';

export type Lifecycle = 'idle' | 'loading' | 'running' | 'finished' | 'error';

/** Where the coach is: its lifecycle, and while running the workout's stage (setup, training, rest, done). */
export type CoachStage = Exclude<Lifecycle, 'running'> | WorkoutStage;

/** `model="auto"` times full on this many camera frames (copies are run in turn: see model-choice.ts). */
const TIMING_FRAMES = 3;

export interface StartRequest {
  video: HTMLVideoElement;
  model: ModelSetting;
  assetsBase: string;
  /** `auto`: the variant chosen on this device last time, looked up before the camera opens. */
  previousChoice: () => Promise<ModelRequest['previousChoice']>;
  /** Camera and model run: the workout begins, before the first frame is analysed. */
  onRunning: () => void;
}

export interface Started {
  camera: CameraInfo;
  model: LoadedModel;
}

export interface LifecycleHooks {
  /** The pose in a camera frame of the current start attempt. */
  onPose(pose: PoseFrame): void;
  /** The camera closed (stop, failure, page left): whatever ran beside it stops too. */
  onClosed(): void;
  /** The session was cut off by a failure, or by the page being left (`failure` null); every rep so far is saved. */
  onCutOff(failure: CoachError | null): void;
}

export class CoachLifecycle {
  phase: Lifecycle = 'idle';
  failure: CoachError | null = null;
  /** The picture is shown as in a mirror, unless the camera faces away from the person. */
  mirrored = true;
  model: LoadedModel | null = null;
  /** The latest pose, for the skeleton; null while the camera is closed. */
  pose: PoseFrame | null = null;
  readonly camera: CameraController;
  readonly poseModel: PoseController;

  /**
   * Which start attempt is current: every start and every stop takes the next number, so a model load, a frame
   * in the worker or a camera switch begun under an earlier number is ignored when it completes.
   */
  private startAttempt = 0;
  private frameLoop: FrameLoop | null = null;
  private readonly visibility: PageVisibilityController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly hooks: LifecycleHooks,
  ) {
    this.camera = new CameraController(host, (reason) => this.onCameraEnded(reason));
    this.poseModel = new PoseController(host, (error) => this.fail(error));
    this.visibility = new PageVisibilityController(host, (visible) => this.onPageVisibility(visible));
  }

  /** Loading or running: a start is under way. */
  get active(): boolean {
    return this.phase === 'loading' || this.phase === 'running';
  }

  get frameStats(): FrameStats {
    return { ...this.poseModel.stats };
  }

  /**
   * Opens the camera and loads the model together: the person answers the camera prompt while the model
   * downloads, and `auto` times the models on the first camera frames. A camera failure is the one reported.
   * Resolves with both once they run; null when this attempt failed or a newer start or stop overtook it.
   */
  async start(request: StartRequest): Promise<Started | null> {
    const attempt = ++this.startAttempt;
    this.failure = null;
    this.phase = 'loading';
    this.host.requestUpdate();
    try {
      const previousChoice = await request.previousChoice();
      if (attempt !== this.startAttempt) return null;
      const { video } = request;
      const cameraOpening = this.camera.open(video);
      const modelLoading = this.poseModel.load({
        setting: request.model,
        assetsBase: request.assetsBase,
        cameraFrames: () => cameraOpening.then(() => sampleFrames(video, TIMING_FRAMES)),
        previousChoice,
      });
      modelLoading.catch(() => {});
      const camera = await cameraOpening;
      const model = await modelLoading;
      // A stop (or a resume's restart) meanwhile has closed the camera already: the newer attempt owns it now.
      if (attempt !== this.startAttempt) return null;
      this.model = model;
      this.mirrored = camera.facingMode !== 'environment';
      this.phase = 'running';
      this.host.requestUpdate();
      request.onRunning();
      this.startFrames(video, attempt);
      return { camera, model };
    } catch (error) {
      if (attempt === this.startAttempt) this.fail(asCoachError(error, 'model-load-failed'));
      return null;
    }
  }

  /** Ends the current start attempt and closes the camera; false when none was under way. */
  stop(): boolean {
    if (!this.active) return false;
    this.startAttempt++;
    this.phase = 'finished';
    this.close();
    this.host.requestUpdate();
    return true;
  }

  /** Another camera (the setup's choice) for the same workout. */
  async changeCamera(video: HTMLVideoElement, change: Partial<CameraChoice>): Promise<void> {
    const attempt = this.startAttempt;
    try {
      const camera = await this.camera.open(video, change);
      if (attempt !== this.startAttempt) return;
      this.mirrored = camera.facingMode !== 'environment';
      this.host.requestUpdate();
      this.startFrames(video, attempt);
    } catch (error) {
      if (attempt === this.startAttempt) this.fail(asCoachError(error, 'no-camera'));
    }
  }

  toggleMirror(): void {
    this.mirrored = !this.mirrored;
    this.host.requestUpdate();
  }

  private startFrames(video: HTMLVideoElement, attempt: number): void {
    this.frameLoop?.stop();
    this.poseModel.resetStats();
    this.frameLoop = new FrameLoop(video, (frame, now) => void this.onFrame(frame, now, attempt));
    if (document.visibilityState === 'visible') this.frameLoop.start();
  }

  private async onFrame(video: HTMLVideoElement, now: number, attempt: number): Promise<void> {
    try {
      const pose = await this.poseModel.analyse(video, Math.round(now));
      if (!pose || attempt !== this.startAttempt) return;
      this.pose = pose;
      this.hooks.onPose(pose);
      this.host.requestUpdate();
    } catch (error) {
      if (attempt === this.startAttempt) this.fail(asCoachError(error, 'worker-crashed'));
    }
  }

  /** Frames pause while the page is hidden and resume when it is shown; the workout, reps included, stays. */
  private onPageVisibility(visible: boolean): void {
    if (visible) this.frameLoop?.start();
    else this.frameLoop?.stop();
  }

  private fail(error: CoachError): void {
    if (this.phase === 'error') return;
    this.startAttempt++;
    this.close();
    this.phase = 'error';
    this.failure = error;
    this.host.requestUpdate();
    this.hooks.onCutOff(error);
  }

  private onCameraEnded(reason: CameraEndReason): void {
    if (reason === 'track-ended') {
      this.fail(cameraLost());
      return;
    }
    // The page is being left: every rep is saved already, and the session stays resumable from the history.
    this.startAttempt++;
    this.close();
    this.phase = 'idle';
    this.host.requestUpdate();
    this.hooks.onCutOff(null);
  }

  private close(): void {
    this.frameLoop?.stop();
    this.frameLoop = null;
    this.hooks.onClosed();
    this.camera.stop();
    this.pose = null;
  }
}
