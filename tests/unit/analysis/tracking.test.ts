import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/analysis/config';
import { bodyOf, JOINTS, type PoseFrame, type Side } from '../../../src/analysis/pose';
import { CameraSideTracker } from '../../../src/analysis/tracking';
import { clamshellSkeleton, LANDSCAPE, project, supineSkeleton } from './synthetic';

/** The frame with the given side's four tracked joints read at this visibility (MediaPipe's guess at them). */
function withVisibility(frame: PoseFrame, side: Side, visibility: number): PoseFrame {
  const image = Float32Array.from(frame.image!);
  const { shoulder, hip, knee, ankle } = JOINTS[side];
  for (const index of [shoulder, hip, knee, ankle]) image[index * 4 + 3] = visibility;
  return { ...frame, image };
}

const firstChoice = (frame: PoseFrame): Side => new CameraSideTracker(DEFAULT_CONFIG.tracking).update(bodyOf(frame)!);

describe('the camera-facing side', () => {
  // Lying with the head toward the left of the picture, the right side faces the camera (synthetic.ts).
  const bridge = project(supineSkeleton({ hipAngleDeg: 150 }), LANDSCAPE, 0);

  it('is the nearer side in a side view, even where the far side reads the more visible', () => {
    expect(firstChoice(bridge)).toBe('right');
    // After a cut MediaPipe may rate the far side higher for a moment; the depth still shows which is near.
    const misread = withVisibility(withVisibility(bridge, 'left', 0.95), 'right', 0.6);
    expect(firstChoice(misread)).toBe('right');
  });

  it('is the better seen side facing the camera, where both sides lie at one depth', () => {
    const facing = project(clamshellSkeleton({ openingDeg: 10 }), LANDSCAPE, 0);
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'right' : 'left';
      expect(firstChoice(withVisibility(withVisibility(facing, side, 0.95), other, 0.5))).toBe(side);
    }
  });
});
