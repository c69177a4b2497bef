/**
 * Stands in for `@mediapipe/pose` (see the alias in vite.config.ts). pose-detection's bundle imports it for its
 * 'mediapipe' runtime, which this app never uses (MediaPipe runs through tasks-vision; the tfjs engine uses the
 * 'tfjs' runtime). That package is a classic script with no ES exports, so no bundler can import it as one.
 */
export class Pose {
  constructor() {
    throw new Error("pose-detection's 'mediapipe' runtime is not bundled: use runtime 'tfjs'.");
  }
}
