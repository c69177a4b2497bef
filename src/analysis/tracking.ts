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

function sideVisibility(body: Body, side: Side): number {
  const { shoulder, hip, knee, ankle } = JOINTS[side];
  return (body.visibility(shoulder) + body.visibility(hip) + body.visibility(knee) + body.visibility(ankle)) / 4;
}

/**
 * In a side view the near side is seen and the far side is guessed, so the
 * near side reads the higher visibility. A running balance with a switching
 * margin keeps the choice steady when both sides read alike.
 */
export class CameraSideTracker {
  private balance = 0; // > 0 leans left, < 0 leans right
  private side: Side | null = null;

  constructor(private readonly settings: AnalysisConfig['tracking']) {}

  update(body: Body): Side {
    const difference = sideVisibility(body, 'left') - sideVisibility(body, 'right');
    const weight = this.side === null ? 1 : this.settings.sideVisibilityWeight;
    this.balance += weight * (difference - this.balance);
    if (this.side === null) this.side = this.balance >= 0 ? 'left' : 'right';
    else if (this.side === 'left' && this.balance < -this.settings.sideSwitchMargin) this.side = 'right';
    else if (this.side === 'right' && this.balance > this.settings.sideSwitchMargin) this.side = 'left';
    return this.side;
  }
}
