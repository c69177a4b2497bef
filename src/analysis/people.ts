/**
 * Several people in the picture (a partner waiting, a class, someone walking past): each gets an analysis of
 * their own, and the coach follows the one in the exercise's position. The pose model lists the people in an
 * order of its own, which changes from frame to frame, so each is told by where their hips were last.
 */
import { midpoint2 } from './geometry';
import { bodyOf, Landmark, type Person, type Point2, type PoseFrame } from './pose';
import type { Analyzer, FrameUpdate, Summary } from './types';

interface Followed<Id extends string> {
  analyzer: Analyzer<Id>;
  /** Their hips' midpoint when last seen (aspect-corrected image units); null before. */
  hips: Point2 | null;
  /** Frames they were in the exercise's position. */
  inPosition: number;
}

/** The frame's people, the first-listed first; none where nobody was found. */
function peopleIn(frame: PoseFrame): Person[] {
  const first = frame.image ? [{ image: frame.image, world: frame.world }] : [];
  return [...first, ...(frame.others ?? [])];
}

/** The frame as one person's: their landmarks, or nobody where they were not found in it. */
function frameOf(frame: PoseFrame, person: Person | undefined): PoseFrame {
  return { t: frame.t, width: frame.width, height: frame.height, image: person?.image ?? null, world: person?.world ?? null };
}

function hipsOf(frame: PoseFrame, person: Person): Point2 | null {
  const body = bodyOf(frameOf(frame, person));
  return body && midpoint2(body.image(Landmark.leftHip), body.image(Landmark.rightHip));
}

/**
 * Which of `found` each followed person is (an index into `found`, or undefined where they were not found): the
 * nearest pairs first. A person not seen before takes any place (the first frame, or one without hips).
 */
function match(followed: readonly (Point2 | null)[], found: readonly (Point2 | null)[]): (number | undefined)[] {
  const pairs = followed.flatMap((was, i) =>
    found.map((now, j) => ({ i, j, distance: was && now ? Math.hypot(was.x - now.x, was.y - now.y) : Infinity })),
  );
  pairs.sort((a, b) => a.distance - b.distance);
  const matched: (number | undefined)[] = followed.map(() => undefined);
  const taken = new Set<number>();
  for (const { i, j } of pairs) {
    if (matched[i] !== undefined || taken.has(j)) continue;
    matched[i] = j;
    taken.add(j);
  }
  return matched;
}

/**
 * An analyzer that follows the person in position among several. With one person in the picture it is exactly
 * `create()`'s analyzer: a new analysis starts only when more people are found than are followed. The one shown
 * stays shown while they are in position; when they are not and someone else is, the coach turns to that person.
 * The summary is of the person who was in position longest.
 */
export function followPeople<Id extends string>(create: () => Analyzer<Id>): Analyzer<Id> {
  // One from the start: a summary before any frame is the empty one, and a bad option fails here, not later.
  const followed: Followed<Id>[] = [{ analyzer: create(), hips: null, inPosition: 0 }];
  let shown = 0;

  function push(frame: PoseFrame): FrameUpdate {
    const found = peopleIn(frame);
    const foundHips = found.map((person) => hipsOf(frame, person));
    const matched = match(followed.map((person) => person.hips), foundHips);
    const unmatched = found.flatMap((_person, j) => (matched.includes(j) ? [] : [j]));
    for (const j of unmatched) {
      followed.push({ analyzer: create(), hips: null, inPosition: 0 });
      matched.push(j);
    }
    const updates = followed.map((person, i) => {
      const j = matched[i];
      if (j !== undefined) person.hips = foundHips[j] ?? person.hips;
      const update = person.analyzer.push(frameOf(frame, j === undefined ? undefined : found[j]));
      if (update.status === 'ok') person.inPosition++;
      return update;
    });
    if (updates[shown]!.status !== 'ok') {
      const inPosition = updates.findIndex((update) => update.status === 'ok');
      if (inPosition >= 0) shown = inPosition;
    }
    return updates[shown]!;
  }

  function finish(): Summary<Id> {
    const summaries = followed.map((person) => person.analyzer.finish());
    const longest = followed.reduce((best, person, i) => (person.inPosition > followed[best]!.inPosition ? i : best), shown);
    return summaries[longest]!;
  }

  return { push, finish, notJudged: () => followed[shown]!.analyzer.notJudged() };
}
