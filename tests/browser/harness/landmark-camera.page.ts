/**
 * <glute-coach> whose pose worker answers with a landmark sequence the test hands over (`playLandmarks`),
 * instead of a model reading the camera: the camera, the element, the analysis, the voice and IndexedDB are all
 * real. The page swaps the pose worker (the one named "pose") for landmark-camera.worker.ts as it is started.
 */
import '../../../src/components/glute-coach/glute-coach';
import type { LandmarkSequence } from './landmark-camera.worker';

let sequence: LandmarkSequence | null = null;
const PageWorker = window.Worker;

window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    if (options?.name !== 'pose') {
      super(url, options);
      return;
    }
    if (!sequence) throw new Error('playLandmarks() before the coach starts');
    super(new URL('./landmark-camera.worker.ts', import.meta.url), { type: 'module', name: 'landmark-camera' });
    this.postMessage(sequence);
  }
};

Object.assign(window, {
  playLandmarks(next: LandmarkSequence): void {
    sequence = next;
  },
});
