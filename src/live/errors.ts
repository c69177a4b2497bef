/** The failures a coach reports, as codes an embedding page can act on and words a person can act on. */
import { errorMessage } from '../util/error-message';

export type CoachErrorCode = 'camera-denied' | 'no-camera' | 'model-load-failed' | 'worker-crashed' | 'invalid-attribute';

export class CoachError extends Error {
  constructor(
    readonly code: CoachErrorCode,
    message: string,
    /** The app file at fault (a model or wasm file missing, cut short or altered), when one is. */
    readonly file?: string,
  ) {
    super(message);
    this.name = 'CoachError';
  }
}

/** getUserMedia's DOMException names, sorted into "the person said no" and "there is no usable camera". */
export function cameraError(error: unknown): CoachError {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return new CoachError('camera-denied', 'Camera access was blocked. Allow the camera for this site in the browser settings, then start again.');
  }
  if (name === 'NotReadableError') {
    return new CoachError('no-camera', 'The camera is in use by another app or tab. Close it there, then start again.');
  }
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return new CoachError('no-camera', `No camera could be opened${detail}. Connect a camera, then start again.`);
}

/** The stream ended under a running session: the camera was unplugged, or another app took it over. */
export function cameraLost(): CoachError {
  return new CoachError('no-camera', 'The camera stopped (unplugged, or taken by another app). Every rep so far is saved: start again when the camera is back.');
}

export function asCoachError(error: unknown, fallback: CoachErrorCode): CoachError {
  if (error instanceof CoachError) return error;
  return new CoachError(fallback, errorMessage(error));
}
