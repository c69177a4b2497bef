/**
 * A cut in the video (or a different person taking the tracker over): the body jumps between two frames further
 * or grows faster than anyone moves. The analysis then starts afresh instead of joining the two shots into a rep.
 */
import type { AnalysisConfig } from './config';
import { midpoint2 } from './geometry';
import { bodyOf, Landmark, type Body, type Point2, type PoseFrame } from './pose';

interface Placement {
  t: number;
  hips: Point2;
  torso: number;
}

function placementOf(body: Body, t: number): Placement {
  const hips = midpoint2(body.image(Landmark.leftHip), body.image(Landmark.rightHip));
  const shoulders = midpoint2(body.image(Landmark.leftShoulder), body.image(Landmark.rightShoulder));
  return { t, hips, torso: Math.hypot(hips.x - shoulders.x, hips.y - shoulders.y) };
}

export class CutDetector {
  private last: Placement | null = null;

  constructor(private readonly limits: AnalysisConfig['cuts']) {}

  /** Whether this frame's body jumped from the last frame's (frames without a body are skipped). */
  isCut(frame: PoseFrame): boolean {
    const body = bodyOf(frame);
    if (!body) return false;
    const now = placementOf(body, frame.t);
    const last = this.last;
    this.last = now;
    if (!last || now.t <= last.t || last.torso <= 0 || now.torso <= 0) return false;
    const seconds = (now.t - last.t) / 1000;
    const hipsMoved = Math.hypot(now.hips.x - last.hips.x, now.hips.y - last.hips.y) / Math.max(now.torso, last.torso);
    const grew = Math.abs(Math.log(now.torso / last.torso));
    return hipsMoved / seconds > this.limits.maxHipSpeedTorsosPerS || grew / seconds > this.limits.maxGrowthPerS;
  }
}
