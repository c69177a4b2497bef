/** The straight body line of a plank and a side plank, in the picture, where "down" is the floor. */
import { angleAt2, sideOfLine, sub2 } from '../geometry';
import { Landmark, type Point2, type Side } from '../pose';

export const ELBOW: Record<Side, number> = { left: Landmark.leftElbow, right: Landmark.rightElbow };

/**
 * How far the hips sit off the straight shoulder-ankle line, degrees at the hip: + sagging toward the floor
 * (below the line in the picture), - piked up above it, 0 straight.
 */
export function hipSagDeg(shoulder: Point2, hip: Point2, ankle: Point2): number {
  const bend = 180 - angleAt2(hip, shoulder, ankle);
  const below = { x: hip.x, y: hip.y + 1 }; // image y grows downward, toward the floor
  return sideOfLine(shoulder, ankle, hip) === sideOfLine(shoulder, ankle, below) ? bend : -bend;
}

/** How far the elbow sits below the shoulder, in torso lengths (image): a body propped up on its arms reads > 0.3. */
export function elbowBelowShoulder(shoulder: Point2, elbow: Point2, hip: Point2): number {
  const torso = sub2(shoulder, hip);
  return (elbow.y - shoulder.y) / (Math.hypot(torso.x, torso.y) || 1);
}
