/**
 * How many people to look for in a clip's frames. One, unless a second person shows in a first look at the clip:
 * asked for two, MediaPipe crops every person by its person detector on every frame instead of by their last
 * landmarks, which costs everyone's landmarks precision, not only where two are in the picture (full, on the
 * single-person clips: the box thrust's over-arch read on 3 of its 6 reps instead of 6, the studio bridge's reps
 * 48-51 degrees instead of 53-57, 21% more time a frame). Where there are two, the analysis follows the one in
 * the exercise's position (analysis/people.ts); with one looked for, MediaPipe keeps to whoever it found first,
 * and a person lunging beside someone lying down counted nothing (docs/accuracy.md, "Several people").
 */
import type { ClientLoadOptions, EngineInfo, PoseClient } from '../pose';
import { spreadFrames } from './video-frames';

/** 'auto': one, or two where the first look finds a second person; or a number of people, as asked. */
export type PeopleChoice = 'auto' | number;

export const PEOPLE_PROBE = {
  /** Frames looked at, spread over the clip: about 1 s of the model here, and someone there through half of it shows on about four. */
  frames: 8,
  /**
   * A second person on at least this many of them: someone there through half the clip or more (a partner, a
   * class), not a passer-by or a shape at the edge for a moment, which is not worth everyone's precision. Looked
   * at on the shared clips (full): a second person on 0 of 8 frames of 13 of them, 1 of 8 on the bird dog, 3 of 8 on
   * the barbell thrust (a gym: looking for two there cut its count from 4 to 2), 8 of 8 on the lunge set beside a
   * bridge (which counts only when two are looked for).
   */
  minFramesWithOthers: 4,
  /** What MediaPipe is asked for while looking, and then where it found someone else: the person and one more. */
  lookFor: 2,
} as const;

/** What a first look at a clip found: how many of PEOPLE_PROBE.frames showed someone else, so how many to look for. */
export interface PeopleFound {
  framesWithOthers: number;
  people: number;
}

/** How many of PEOPLE_PROBE.frames show someone besides the first person, `client` loaded to look for two. */
async function framesWithOthers(video: HTMLVideoElement, client: PoseClient): Promise<number> {
  let found = 0;
  for await (const frame of spreadFrames(video, PEOPLE_PROBE.frames)) {
    const pose = await client.detect(frame.bitmap, frame.t);
    if ((pose.others?.length ?? 0) > 0) found++;
  }
  return found;
}

/** The people to look for in `video` with `people="auto"`, the engine as `options` ask; `client` is left loaded to look. */
export async function peopleInClip(video: HTMLVideoElement, client: PoseClient, options: ClientLoadOptions): Promise<PeopleFound> {
  // TensorFlow.js's BlazePose finds one person whatever is asked: asked for by name, or fallen back to.
  const onePerson = { framesWithOthers: 0, people: 1 };
  if (options.engine === 'tfjs') return onePerson;
  const looking = await client.load({ ...options, maxPeople: PEOPLE_PROBE.lookFor });
  if (looking.engine !== 'mediapipe') return onePerson;
  const found = await framesWithOthers(video, client);
  return { framesWithOthers: found, people: found >= PEOPLE_PROBE.minFramesWithOthers ? PEOPLE_PROBE.lookFor : 1 };
}

/**
 * Loads `client` for a clip's analysis, looking for as many people as `people` says; a fresh load after the first
 * look, so the analysis never starts from where the look left MediaPipe's tracker.
 */
export async function loadForClip(
  video: HTMLVideoElement,
  client: PoseClient,
  options: ClientLoadOptions,
  people: PeopleChoice,
): Promise<{ info: EngineInfo; people: number }> {
  const chosen = people === 'auto' ? (await peopleInClip(video, client, options)).people : people;
  return { info: await client.load({ ...options, maxPeople: chosen }), people: chosen };
}
