/** The evaluation's landmark cache: every person of a frame kept exactly, and the caches made before people were asked for still read. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LandmarkCache } from '../../../../scripts/evaluate/landmarks';
import type { PageRecording } from '../../../../scripts/evaluate/page-recorder';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function clipFile(): { dir: string; clip: string } {
  const dir = mkdtempSync(join(tmpdir(), 'landmark-cache-'));
  dirs.push(dir);
  const clip = join(dir, 'clip.mp4');
  writeFileSync(clip, 'not really a video: only its hash is read');
  return { dir, clip };
}

const values = (start: number) => Array.from({ length: 132 }, (_v, i) => start + i / 7);

function recording(withOthers: boolean): PageRecording {
  const frame = { t: 0, width: 640, height: 480, image: values(0.1), world: values(-1) };
  return {
    info: { variant: 'full', engine: 'mediapipe', delegate: 'CPU' },
    summary: {} as PageRecording['summary'],
    frames: [withOthers ? { ...frame, others: [{ image: values(0.3), world: null }] } : frame, { t: 33, width: 640, height: 480, image: null, world: null }],
  };
}

describe('LandmarkCache', () => {
  it('keeps the other people of a frame, exactly, under a key and file of their own', () => {
    const { dir, clip } = clipFile();
    const cache = new LandmarkCache(dir, 'full', 'mediapipe', 2);
    const key = cache.keyFor(clip);
    expect(key.people).toBe(2);
    const read = cache.write(clip, key, recording(true));
    expect(Array.from(read.frames[0]!.others![0]!.image)).toEqual(Array.from(new Float32Array(values(0.3))));
    expect(read.frames[0]!.others![0]!.world).toBeNull();
    expect(read.frames[1]!.others).toBeUndefined();
    const onePerson = new LandmarkCache(dir, 'full', 'mediapipe', 1);
    expect(onePerson.read(clip, onePerson.keyFor(clip))).toBeNull();
  });

  it('names no people in the key of one person, as the caches made before the option', () => {
    const { dir, clip } = clipFile();
    expect(new LandmarkCache(dir, 'full', 'mediapipe', 1).keyFor(clip)).not.toHaveProperty('people');
    expect(new LandmarkCache(dir, 'full', 'tfjs', 2).people).toBe(1);
  });
});
