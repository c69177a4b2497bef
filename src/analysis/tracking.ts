/** Whether the landmarks an exercise needs can be trusted, and which body side faces the camera. */
import type { AnalysisConfig } from './config';
import { JOINTS, type Body, type Side } from './pose';

export type LandmarkStatus = 'ok' | 'body-not-visible' | 'low-confidence';

function insidePicture(body: Body, index: number, margin: number): boolean {
  const { x, y } = body.normalised(index);
  return x >= -margin && x <= 1 + margin && y >= -margin && y <= 1 + margin;
}

/** Out of the picture first (the person must move), then too uncertain (light, clothing, occlusion). */
export function landmarkStatus(
  body: Body,
  indices: readonly number[],
  settings: AnalysisConfig['tracking'],
): LandmarkStatus {
  if (!indices.every((index) => insidePicture(body, index, settings.frameMargin))) return 'body-not-visible';
  const meanVisibility = indices.reduce((sum, index) => sum + body.visibility(index), 0) / indices.length;
  return meanVisibility >= settings.minVisibility ? 'ok' : 'low-confidence';
}

/** The mean of `read` over one side's shoulder, hip, knee and ankle. */
function sideMean(side: Side, read: (index: number) => number): number {
  const { shoulder, hip, knee, ankle } = JOINTS[side];
  return (read(shoulder) + read(hip) + read(knee) + read(ankle)) / 4;
}

function sideVisibility(body: Body, side: Side): number {
  return sideMean(side, (index) => body.visibility(index));
}

/** The side's mean depth in the world landmarks (metres; smaller is nearer the camera). */
function sideDepth(body: Body, side: Side): number {
  return sideMean(side, (index) => body.world(index).z);
}

// The two sides' mean depth apart (world landmarks, MediaPipe full), every frame of the shared clips: side views
// (bridges, thrusts, push-ups, donkey kick, bird dog, squat, deadlift) more than 0.1 m on 87-100% of frames,
// the nearer side always the one the visibility picks; facing the camera (clamshells, leg lift) under 0.1 m on
// 97-100%, where the depth says little and its sign flips.
/** Sides this far apart in depth: a side view, in which the nearer one faces the camera. */
const SIDE_VIEW_MIN_DEPTH_M = 0.1;

/** Evidence for the left side facing the camera, -1..1: the nearer side in a side view, else the better seen. */
function leftFacingEvidence(body: Body): number {
  const depthApart = sideDepth(body, 'right') - sideDepth(body, 'left');
  if (Math.abs(depthApart) >= SIDE_VIEW_MIN_DEPTH_M) return Math.sign(depthApart);
  return sideVisibility(body, 'left') - sideVisibility(body, 'right');
}

/**
 * In a side view the near side is nearer in the world landmarks' depth, and is seen while the far side is
 * guessed, so it also reads the higher visibility; the depth holds where the visibility does not (the first
 * frames after a cut, when MediaPipe may rate the far side higher). Facing the camera, only the visibility tells.
 * A running balance with a switching margin keeps the choice steady when both sides read alike.
 */
export class CameraSideTracker {
  private balance = 0; // > 0 leans left, < 0 leans right
  private side: Side | null = null;

  constructor(private readonly settings: AnalysisConfig['tracking']) {}

  update(body: Body): Side {
    const difference = leftFacingEvidence(body);
    const weight = this.side === null ? 1 : this.settings.sideVisibilityWeight;
    this.balance += weight * (difference - this.balance);
    if (this.side === null) this.side = this.balance >= 0 ? 'left' : 'right';
    else if (this.side === 'left' && this.balance < -this.settings.sideSwitchMargin) this.side = 'right';
    else if (this.side === 'right' && this.balance > this.settings.sideSwitchMargin) this.side = 'left';
    return this.side;
  }
}
