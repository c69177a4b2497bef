/** Small vector helpers. Angles are in degrees throughout the analysis. */
import type { Point2, Point3 } from './pose';

const DEG_PER_RAD = 180 / Math.PI;

/** Degrees as reported: a tenth of a degree is finer than any landmark can resolve. */
export function roundDeg(value: number): number {
  return Math.round(value * 10) / 10;
}

export function sub2(a: Point2, b: Point2): Point2 {
  return { x: a.x - b.x, y: a.y - b.y };
}

export function sub3(a: Point3, b: Point3): Point3 {
  return { x: a.x - b.x, y: a.y - b.y, z: a.z - b.z };
}

export function midpoint2(a: Point2, b: Point2): Point2 {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}

export function midpoint3(a: Point3, b: Point3): Point3 {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, z: (a.z + b.z) / 2 };
}

function cross2(a: Point2, b: Point2): number {
  return a.x * b.y - a.y * b.x;
}

export function dot3(a: Point3, b: Point3): number {
  return a.x * b.x + a.y * b.y + a.z * b.z;
}

export function cross3(a: Point3, b: Point3): Point3 {
  return { x: a.y * b.z - a.z * b.y, y: a.z * b.x - a.x * b.z, z: a.x * b.y - a.y * b.x };
}

function length3(a: Point3): number {
  return Math.sqrt(dot3(a, a));
}

/** Angle turning vector a onto vector b in the image, -180..180 (sign follows the cross product). */
export function signedAngle2(a: Point2, b: Point2): number {
  return Math.atan2(cross2(a, b), a.x * b.x + a.y * b.y) * DEG_PER_RAD;
}

/** Unsigned angle between two 2-D vectors, 0..180. */
export function angleBetween2(a: Point2, b: Point2): number {
  return Math.abs(signedAngle2(a, b));
}

/** Unsigned angle between two 3-D vectors, 0..180. */
export function angleBetween3(a: Point3, b: Point3): number {
  return Math.atan2(length3(cross3(a, b)), dot3(a, b)) * DEG_PER_RAD;
}

/** Unsigned angle a-vertex-b in the image, 0..180. */
export function angleAt2(vertex: Point2, a: Point2, b: Point2): number {
  return angleBetween2(sub2(a, vertex), sub2(b, vertex));
}

/** Unsigned 3-D angle a-vertex-b, 0..180. */
export function angleAt3(vertex: Point3, a: Point3, b: Point3): number {
  return angleBetween3(sub3(a, vertex), sub3(b, vertex));
}

/** Which side of the directed line from `from` to `to` a point lies on: +1, -1, or 0 on the line. */
export function sideOfLine(from: Point2, to: Point2, point: Point2): number {
  return Math.sign(cross2(sub2(to, from), sub2(point, from)));
}

/** How far `point` lies from the line through `from` and `to`, + on the side where `up` lies. */
export function heightAboveLine(from: Point2, to: Point2, point: Point2, up: Point2): number {
  const offset = sub2(point, from);
  const sine = Math.sin(signedAngle2(sub2(to, from), offset) / DEG_PER_RAD);
  return Math.hypot(offset.x, offset.y) * sine * sideOfLine(from, to, up);
}

/** Angle of a 2-D vector from the image's horizontal axis, folded into 0..90. */
export function tiltFromHorizontal(v: Point2): number {
  const angle = Math.abs(Math.atan2(v.y, v.x)) * DEG_PER_RAD;
  return angle > 90 ? 180 - angle : angle;
}
