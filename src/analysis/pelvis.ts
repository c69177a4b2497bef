import { sub3 } from './geometry';
import { Landmark, type Body, type Point3 } from './pose';

/**
 * World unit vector from the right hip to the left hip. It is the axis the
 * pelvis turns about in a bridge or thrust and stays put in a clamshell, so
 * any turn of it during a rep is the pelvis dropping or rolling.
 */
export function hipLine(body: Body): Point3 {
  const v = sub3(body.world(Landmark.leftHip), body.world(Landmark.rightHip));
  const length = Math.hypot(v.x, v.y, v.z) || 1;
  return { x: v.x / length, y: v.y / length, z: v.z / length };
}
