/** The virtual camera and perturbations behind the robustness matrix (tests/support/virtual-camera.ts), on a real clip. */
import { describe, expect, it } from 'vitest';
import { Landmark, type PoseFrame } from '../../../src/analysis';
import {
  film,
  RECORDED_VIEW,
  sceneOf,
  subsampled,
  withDropBursts,
  withNoise,
  withRandomDrops,
  type View,
} from '../../support/virtual-camera';
import { loadFixture } from './real-fixtures';

const recorded = loadFixture('bridge-side-studio').frames;
const scene = sceneOf(recorded);

function at(frame: PoseFrame, landmark: number, component: number): number {
  return frame.image![landmark * 4 + component]!;
}

const filmed = (view: Partial<View>) => film(scene, { ...RECORDED_VIEW, ...view });

describe('virtual camera', () => {
  it('gives the recorded image landmarks back through the recorded camera', () => {
    const again = filmed({});
    for (const [i, frame] of again.entries()) {
      for (let k = 0; k < 33; k += 1) {
        expect(at(frame, k, 0)).toBeCloseTo(at(recorded[i]!, k, 0), 6);
        expect(at(frame, k, 1)).toBeCloseTo(at(recorded[i]!, k, 1), 6);
        expect(at(frame, k, 3)).toBe(at(recorded[i]!, k, 3));
      }
    }
  });

  it('turns the body: + yaw brings the right-hand end toward the camera, + elevation lifts the far side, + roll turns clockwise', () => {
    const frame = 0;
    const x = (frames: PoseFrame[], k: number) => at(frames[frame]!, k, 0);
    const y = (frames: PoseFrame[], k: number) => at(frames[frame]!, k, 1);
    const z = (frames: PoseFrame[], k: number) => at(frames[frame]!, k, 2);
    const yawed = filmed({ yawDeg: 30 });
    const [right, left] = x(yawed, Landmark.nose) > x(yawed, Landmark.leftAnkle) ? [Landmark.nose, Landmark.leftAnkle] : [Landmark.leftAnkle, Landmark.nose];
    expect(z(yawed, right) - z(yawed, left)).toBeLessThan(z(filmed({}), right) - z(filmed({}), left));
    // The hip with the larger depth is the far one: seen from above, it rises in the picture.
    const level = filmed({});
    const [far, near] = z(level, Landmark.leftHip) > z(level, Landmark.rightHip) ? [Landmark.leftHip, Landmark.rightHip] : [Landmark.rightHip, Landmark.leftHip];
    const raised = filmed({ elevationDeg: 30 });
    expect(y(raised, far) - y(raised, near)).toBeLessThan(y(level, far) - y(level, near));
    const rolled = filmed({ rollDeg: 10 });
    const rightEnd = x(level, Landmark.nose) > x(level, Landmark.leftAnkle) ? Landmark.nose : Landmark.leftAnkle;
    expect(y(rolled, rightEnd) - y(rolled, Landmark.leftHip)).toBeGreaterThan(y(level, rightEnd) - y(level, Landmark.leftHip));
  });

  it('frames the body to fill the asked share of a portrait picture, centred', () => {
    const frames = filmed({ framing: { fill: 0.5, width: 720, height: 1280 } });
    const xs = frames.flatMap((f) => Array.from({ length: 33 }, (_, k) => at(f, k, 0)));
    const ys = frames.flatMap((f) => Array.from({ length: 33 }, (_, k) => at(f, k, 1)));
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    expect(Math.max(maxX - minX, maxY - minY)).toBeCloseTo(0.5, 2);
    expect((minX + maxX) / 2).toBeCloseTo(0.5, 2);
    expect((minY + maxY) / 2).toBeCloseTo(0.5, 2);
    expect(frames[0]).toMatchObject({ width: 720, height: 1280 });
  });

  it('mirrors the picture, and with "person" swaps left and right as the mirror image person', () => {
    const [picture, person] = [filmed({ mirror: 'picture' })[0]!, filmed({ mirror: 'person' })[0]!];
    expect(at(picture, Landmark.leftKnee, 0)).toBeCloseTo(1 - at(recorded[0]!, Landmark.leftKnee, 0), 6);
    expect(at(person, Landmark.rightKnee, 0)).toBeCloseTo(1 - at(recorded[0]!, Landmark.leftKnee, 0), 6);
    expect(at(person, Landmark.rightKnee, 3)).toBe(at(recorded[0]!, Landmark.leftKnee, 3));
  });
});

describe('perturbations', () => {
  it('adds noise of the asked size', () => {
    const noisy = withNoise(recorded, 0.01, 7);
    const sizePx = (f: PoseFrame) => {
      const xs = Array.from({ length: 33 }, (_, k) => at(f, k, 0) * f.width);
      return Math.max(...xs) - Math.min(...xs); // this side-on body is wider than tall
    };
    const shares = noisy.flatMap((f, i) => Array.from({ length: 33 }, (_, k) => ((at(f, k, 0) - at(recorded[i]!, k, 0)) * f.width) / sizePx(recorded[i]!)));
    const rms = Math.sqrt(shares.reduce((sum, s) => sum + s * s, 0) / shares.length);
    expect(rms).toBeGreaterThan(0.009);
    expect(rms).toBeLessThan(0.011);
    expect(withNoise(recorded, 0.01, 7)).toEqual(noisy); // seeded
  });

  it('drops frames at random, in bursts, and by analysed frame rate, keeping the timestamps', () => {
    const keptShare = withRandomDrops(recorded, 0.3, 1).length / recorded.length;
    expect(Math.abs(keptShare - 0.7)).toBeLessThan(0.1); // 3.3 binomial standard deviations over 232 frames
    const bursts = withDropBursts(recorded, 500, 3000);
    const gaps = bursts.slice(1).map((f, i) => f.t - bursts[i]!.t);
    expect(Math.max(...gaps)).toBeGreaterThanOrEqual(500);
    expect(Math.max(...gaps)).toBeLessThan(600);
    const times = new Set(recorded.map((f) => f.t));
    for (const fps of [20, 10, 7.5]) {
      const kept = subsampled(recorded, fps);
      expect(kept.every((f) => times.has(f.t))).toBe(true);
      const intervals = kept.slice(1).map((f, i) => f.t - kept[i]!.t);
      expect(Math.min(...intervals)).toBeGreaterThanOrEqual(1000 / fps - 42); // at most one recorded frame (24 fps) early
      expect(kept.length).toBeCloseTo((recorded.at(-1)!.t / 1000) * fps, -1);
    }
    const thirty = loadFixture('hip-thrust-side-box').frames;
    expect(subsampled(thirty, 30)).toHaveLength(thirty.length);
  });
});
