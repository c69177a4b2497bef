/** The march's own fault: the hips sinking out of the bridge while a foot is up (the "rocking" the programme warns of). */
import { heldMedian, type FaultCheck } from '../../faults';
import { Landmark } from '../../pose';

/** The floor leg's hips this far below where they were as the foot left the floor, while it is held up. */
export function hipSag(minDeg: number): FaultCheck<'hip-sag'> {
  return {
    type: 'hip-sag',
    minDeg,
    cue: 'Avoid rocking: keep your hips up while the foot lifts',
    label: 'Hips sagged',
    color: '#cc79a7', // Okabe-Ito reddish purple: free among the faults, plain on the dark theme
    joints: [Landmark.leftShoulder, Landmark.rightShoulder, Landmark.leftHip, Landmark.rightHip, Landmark.leftKnee, Landmark.rightKnee],
    // The rep starts with the foot still down, on the bridge top; the held median is the hips while the foot is up.
    measure: (start, top) => {
      const held = heldMedian(top, (sample) => sample.extensionDeg);
      return start.extensionDeg === null || held === null ? null : start.extensionDeg - held;
    },
  };
}
