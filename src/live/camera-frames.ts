/**
 * Camera frames as ImageBitmaps for the pose worker: the live loop's one frame at a time, and a few in a row
 * for timing the models on this device (`model="auto"`).
 */
import { FrameLoop } from './frame-loop';

/** The model sees 256x256; a bigger bitmap only costs copying to the worker and scaling there. */
const MAX_BITMAP_SIDE = 640;

/** A camera that plays but delivers no frame for this long is not going to: say so rather than wait forever. */
const FIRST_FRAMES_TIMEOUT_MS = 10_000;

/**
 * The video's current frame, at most 640 px a side. Resize options only when the frame is larger: with them
 * Chromium takes a slower path even when the size does not change (3.9 ms against 1.7 ms a 640x480 frame,
 * on the main thread, measured on the 2-core test machine).
 */
export function frameBitmap(video: HTMLVideoElement): Promise<ImageBitmap> {
  const longSide = Math.max(video.videoWidth, video.videoHeight);
  if (longSide <= MAX_BITMAP_SIDE) return createImageBitmap(video);
  const scale = MAX_BITMAP_SIDE / longSide;
  return createImageBitmap(video, {
    resizeWidth: Math.round(video.videoWidth * scale),
    resizeHeight: Math.round(video.videoHeight * scale),
    resizeQuality: 'low',
  });
}

/** The next `count` new frames of a playing video; rejects when they do not come within 10 s. */
export function sampleFrames(video: HTMLVideoElement, count: number): Promise<ImageBitmap[]> {
  return new Promise((resolve, reject) => {
    const frames: Promise<ImageBitmap>[] = [];
    const timer = setTimeout(() => {
      loop.stop();
      void Promise.all(frames).then((taken) => taken.forEach((frame) => frame.close()));
      reject(new Error(`The camera gave ${frames.length} of ${count} pictures in ${FIRST_FRAMES_TIMEOUT_MS / 1000} s.`));
    }, FIRST_FRAMES_TIMEOUT_MS);
    const loop = new FrameLoop(video, () => {
      frames.push(frameBitmap(video));
      if (frames.length < count) return;
      loop.stop();
      clearTimeout(timer);
      Promise.all(frames).then(resolve, reject);
    });
    loop.start();
  });
}
