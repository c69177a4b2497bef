/**
 * Frames of a recorded video, decoded by the browser itself (nothing is uploaded). The clip is sampled on a
 * fixed clock (ANALYSIS_FPS) by seeking, so every run over the same file sees the same frames at the same
 * timestamps, whatever the machine's speed: the analysis is deterministic, unlike playback, which skips
 * frames when the model is slower than real time.
 */

/** 30 samples a second: a phone camera's rate, and enough for movements that take a second or more. */
export const ANALYSIS_FPS = 30;

/** How long to wait for a new frame after a seek before taking it that the shown frame was already right. */
const SAME_FRAME_WAIT_MS = 250;

export class ClipError extends Error {
  constructor(
    readonly code: 'not-a-video' | 'decode-failed',
    message: string,
  ) {
    super(message);
    this.name = 'ClipError';
  }
}

export interface ClipFrame {
  bitmap: ImageBitmap;
  /** Integer milliseconds from the start of the clip. */
  t: number;
  index: number;
  total: number;
}

function waitFor(video: HTMLVideoElement, event: 'loadeddata' | 'seeked'): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = () => {
      cleanup();
      reject(new ClipError('not-a-video', 'This file is not a video the browser can play (try an MP4 or WebM).'));
    };
    const onDone = () => {
      cleanup();
      resolve();
    };
    const cleanup = () => {
      video.removeEventListener(event, onDone);
      video.removeEventListener('error', onError);
    };
    video.addEventListener(event, onDone, { once: true });
    video.addEventListener('error', onError, { once: true });
  });
}

export async function openVideo(file: Blob): Promise<HTMLVideoElement> {
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const loaded = waitFor(video, 'loadeddata');
  video.src = URL.createObjectURL(file);
  await loaded;
  if (!Number.isFinite(video.duration) || video.duration <= 0 || video.videoWidth === 0) {
    URL.revokeObjectURL(video.src);
    throw new ClipError('not-a-video', 'This file has no video track with a known length.');
  }
  return video;
}

/**
 * `seeked` can fire before the new frame is on the element, so a capture right then sometimes gets the old
 * one. The frame callback says the new frame is presented; a seek that lands on the frame already shown
 * presents nothing new, hence the time limit.
 */
async function seekTo(video: HTMLVideoElement, seconds: number): Promise<void> {
  const presented = new Promise<void>((resolve) => video.requestVideoFrameCallback(() => resolve()));
  const seeked = waitFor(video, 'seeked');
  video.currentTime = seconds;
  await seeked;
  await Promise.race([presented, new Promise((resolve) => setTimeout(resolve, SAME_FRAME_WAIT_MS))]);
}

async function frameAt(video: HTMLVideoElement, index: number, total: number, fps: number): Promise<ClipFrame> {
  await seekTo(video, (index + 0.5) / fps);
  return { bitmap: await createImageBitmap(video), t: Math.round((index * 1000) / fps), index, total };
}

const samplesIn = (video: HTMLVideoElement, fps: number) => Math.max(1, Math.floor(video.duration * fps));

/**
 * `count` of the frames videoFrames gives, spread evenly over the clip (the first and the last among them), for a
 * look at the clip before its analysis; the video stays open for it.
 */
export async function* spreadFrames(video: HTMLVideoElement, count: number): AsyncGenerator<ClipFrame> {
  const total = samplesIn(video, ANALYSIS_FPS);
  const step = count > 1 ? (total - 1) / (count - 1) : 0;
  for (let i = 0; i < Math.min(count, total); i++) yield frameAt(video, Math.round(i * step), total, ANALYSIS_FPS);
}

/** Seeks to the middle of each sample's interval so rounding never lands on the neighbouring frame. */
export async function* videoFrames(video: HTMLVideoElement, fps = ANALYSIS_FPS): AsyncGenerator<ClipFrame> {
  const total = samplesIn(video, fps);
  try {
    for (let index = 0; index < total; index++) yield frameAt(video, index, total, fps);
  } finally {
    URL.revokeObjectURL(video.src);
    video.removeAttribute('src');
    video.load();
  }
}
