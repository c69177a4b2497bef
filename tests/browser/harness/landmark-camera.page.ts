/**
 * <glute-coach> whose pose worker answers with a landmark sequence the test hands over (`playLandmarks`),
 * instead of a model reading the camera: the camera, the element, the analysis, the voice and IndexedDB are all
 * real. The page swaps the pose worker (the one named "pose") for landmark-camera.worker.ts as it is started.
 * `playLandmarks` during a session plays the new sequence from then on (the person moved on to another
 * exercise); `shortenRoutines`, `keptSessions` and `resumeUnfinished` serve the routine's test.
 */
import '../../../src/components/glute-coach/glute-coach';
import { ROUTINE_SECTIONS } from '../../../src/live/routine';
import { openSessionStore, type SessionRecord } from '../../../src/storage';
import type { LandmarkCameraStart, LandmarkSequence } from './landmark-camera.worker';

let sequence: LandmarkSequence | null = null;
/** The running stand-in worker's port for later sequences. */
let control: MessagePort | null = null;
const PageWorker = window.Worker;

window.Worker = class extends PageWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    if (options?.name !== 'pose') {
      super(url, options);
      return;
    }
    if (!sequence) throw new Error('playLandmarks() before the coach starts');
    super(new URL('./landmark-camera.worker.ts', import.meta.url), { type: 'module', name: 'landmark-camera' });
    const channel = new MessageChannel();
    control = channel.port1;
    this.postMessage({ sequence, control: channel.port2 } satisfies LandmarkCameraStart, [channel.port2]);
  }
};

Object.assign(window, {
  playLandmarks(next: LandmarkSequence): void {
    sequence = next;
    control?.postMessage(next);
  },
  /** Every routine block at `reps` x `sets`, so a test goes through a routine in seconds. */
  shortenRoutines(reps: number, sets: number): void {
    for (const section of Object.values(ROUTINE_SECTIONS).flat()) {
      for (const block of section.blocks) Object.assign(block, { reps, sets });
    }
  },
  /** The sessions kept in the coach's default database, newest first. */
  async keptSessions(): Promise<SessionRecord[]> {
    const store = await openSessionStore();
    const sessions = await store.list();
    store.close();
    return sessions;
  },
  /** Resumes the newest session a reload cut off, as the app's history does. */
  async resumeUnfinished(): Promise<string> {
    const store = await openSessionStore();
    const [cutOff] = await store.findUnfinished();
    store.close();
    if (!cutOff) throw new Error('No session to resume');
    void document.querySelector('glute-coach')!.resume(cutOff);
    return cutOff.id;
  },
});
