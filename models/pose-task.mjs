// Builds a tasks-vision pose bundle (.task) around a legacy landmark model that lacks TFLite metadata.
import { unzipSync, zipSync } from 'fflate';
import { addTfliteMetadata, readTfliteMetadata } from './tflite-metadata.mjs';

const DETECTOR = 'pose_detector.tflite';
const LANDMARKS = 'pose_landmarks_detector.tflite';

/**
 * The detector is the same for every variant, so it is reused from the official bundle; the landmark model
 * gets the official landmark model's metadata (same input normalisation and outputs for lite, full and heavy).
 * @param {Uint8Array} legacyLandmarks a `pose_landmark_*.tflite` from @mediapipe/pose
 * @param {Uint8Array} officialTask Google's `pose_landmarker_full.task`
 * @returns {Uint8Array} a stored (uncompressed) zip, as tasks-vision expects
 */
export function buildPoseTask(legacyLandmarks, officialTask) {
  const official = unzipSync(officialTask);
  const detector = official[DETECTOR];
  const officialLandmarks = official[LANDMARKS];
  if (!detector || !officialLandmarks) throw new Error(`official bundle lacks ${DETECTOR} or ${LANDMARKS}`);
  const metadata = readTfliteMetadata(officialLandmarks);
  if (!metadata) throw new Error(`official ${LANDMARKS} has no TFLITE_METADATA`);
  const landmarks = addTfliteMetadata(legacyLandmarks, metadata);
  // A fixed mtime keeps the zip, and so its sha256 in the manifest, reproducible.
  const mtime = new Date('2024-01-01T00:00:00Z');
  return zipSync({ [DETECTOR]: [detector, { level: 0, mtime }], [LANDMARKS]: [landmarks, { level: 0, mtime }] });
}
