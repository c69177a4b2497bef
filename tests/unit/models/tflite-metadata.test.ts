import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import {
  TFLITE_METADATA_NAME,
  addTfliteMetadata,
  describeTflite,
  readTfliteMetadata,
} from '../../../models/tflite-metadata.mjs';

// Real models come from models/.cache (filled by `npm install` via models/prepare.mjs);
// TFLITE_TEST_INPUTS can point at another folder with the same layout.
const INPUT_DIR = process.env.TFLITE_TEST_INPUTS ?? fileURLToPath(new URL('../../../models/.cache/', import.meta.url));
const OFFICIAL_TASK = 'pose_landmarker_full.task';
const OFFICIAL_LANDMARKS = 'pose_landmarks_detector.tflite';
const VARIANTS = ['lite', 'full', 'heavy'] as const;

/** Reads a test input, failing (never skipping) with a hint when it is missing. */
function readInput(relativePath: string): Uint8Array {
  const path = join(INPUT_DIR, relativePath);
  if (!existsSync(path)) {
    throw new Error(
      `missing test input ${path}: run \`npm install\` (models/prepare.mjs fills models/.cache) ` +
        'or set TFLITE_TEST_INPUTS to a folder with the same layout',
    );
  }
  return new Uint8Array(readFileSync(path));
}

/** Memoises a loader so each model is read once, but only by the tests that need it. */
function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}

const legacy = Object.fromEntries(
  VARIANTS.map((variant) => [variant, once(() => readInput(`mediapipe-pose/pose_landmark_${variant}.tflite`))]),
) as Record<(typeof VARIANTS)[number], () => Uint8Array>;

const officialLandmarks = once(() => {
  const model = unzipSync(readInput(OFFICIAL_TASK))[OFFICIAL_LANDMARKS];
  if (!model) throw new Error(`${OFFICIAL_TASK} has no ${OFFICIAL_LANDMARKS}`);
  return model;
});

const officialMetadata = once(() => {
  const metadata = readTfliteMetadata(officialLandmarks());
  if (!metadata) throw new Error(`official ${OFFICIAL_LANDMARKS} has no ${TFLITE_METADATA_NAME}`);
  return metadata;
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** describeTflite with buffer contents replaced by hashes, so models with different layouts compare cheaply. */
function summarize(model: Uint8Array) {
  const description = describeTflite(model);
  return { ...description, buffers: description.buffers.map(sha256) };
}

/** Indices of non-empty buffers whose data does not start at a 16-byte aligned file position. */
function misalignedBuffers(model: Uint8Array): number[] {
  return describeTflite(model)
    .buffers.map((data, index) => ({ index, position: data.byteOffset - model.byteOffset, length: data.length }))
    .filter(({ position, length }) => length > 0 && position % 16 !== 0)
    .map(({ index }) => index);
}

describe('addTfliteMetadata on the MediaPipe pose landmark models', () => {
  it('turns the legacy full model into the official landmarks detector (same buffers, tensors, metadata)', () => {
    const metadata = officialMetadata();
    expect(metadata.length).toBe(888);
    expect(String.fromCharCode(...metadata.subarray(4, 8))).toBe('M001');

    const rewritten = addTfliteMetadata(legacy.full(), metadata);

    expect(summarize(rewritten)).toEqual(summarize(officialLandmarks()));
    expect(readTfliteMetadata(rewritten)).toEqual(metadata);
  });

  it.each(VARIANTS)('keeps every buffer and tensor of the legacy %s model and adds one entry', (variant) => {
    const original = legacy[variant]();
    const metadata = officialMetadata();
    const before = summarize(original);

    const rewritten = addTfliteMetadata(original, metadata);

    expect(readTfliteMetadata(original)).toBeNull();
    expect(before.metadata.map((entry) => entry.name)).toContain('min_runtime_version');
    expect(summarize(rewritten)).toEqual({
      ...before,
      buffers: [...before.buffers, sha256(metadata)],
      metadata: [...before.metadata, { name: TFLITE_METADATA_NAME, buffer: before.buffers.length }],
    });
    expect(readTfliteMetadata(rewritten)).toEqual(metadata);
    // The inserted region is a multiple of 16 bytes, so tensor data stays 16-byte aligned.
    expect((rewritten.length - original.length) % 16).toBe(0);
    expect(misalignedBuffers(original)).toEqual([]);
    expect(misalignedBuffers(rewritten)).toEqual([]);
  });

  it('refuses a model that already has TFLITE_METADATA', () => {
    expect(() => addTfliteMetadata(officialLandmarks(), officialMetadata())).toThrow(
      /already has TFLITE_METADATA metadata \(buffer 348\)/,
    );
  });
});

/**
 * A hand-laid minimal model: version 3, buffers [empty, data 1 2 3], no
 * subgraphs and no metadata vector at all. With `externalOffset` the second
 * buffer also sets Buffer.offset, as models over 2 GB do.
 */
function syntheticModel(externalOffset = 0n): Uint8Array {
  const bytes = new Uint8Array(112);
  const dv = new DataView(bytes.buffer);
  const u16 = (at: number, value: number) => dv.setUint16(at, value, true);
  const u32 = (at: number, value: number) => dv.setUint32(at, value, true);
  const ref = (at: number, target: number) => u32(at, target - at);
  ref(0, 24);
  bytes.set(ascii('TFL3'), 4);
  // Model vtable (fields version..buffers) at 8; Model table at 24: version 3, buffers -> 36.
  [14, 12, 4, 0, 0, 0, 8].forEach((value, i) => u16(8 + 2 * i, value));
  dv.setInt32(24, 24 - 8, true);
  u32(28, 3);
  ref(32, 36);
  u32(36, 2);
  ref(40, 52);
  ref(44, 64);
  // Empty Buffer: vtable with no fields at 48, table at 52.
  [4, 4].forEach((value, i) => u16(48 + 2 * i, value));
  dv.setInt32(52, 52 - 48, true);
  // Buffer with data (and maybe offset): vtable at 56, table at 64, data vector at 92 (data at 96).
  [8, 16, 4, externalOffset ? 8 : 0].forEach((value, i) => u16(56 + 2 * i, value));
  dv.setInt32(64, 64 - 56, true);
  ref(68, 92);
  if (externalOffset) dv.setBigUint64(72, externalOffset, true);
  u32(92, 3);
  bytes.set([1, 2, 3], 96);
  return bytes;
}

const fakeMetadata = Uint8Array.from([8, 0, 0, 0, ...ascii('M001'), 0xde, 0xad, 0xbe, 0xef]);

describe('addTfliteMetadata on a synthetic model', () => {
  it('creates the metadata vector when the model has none', () => {
    const model = syntheticModel();
    expect(describeTflite(model)).toEqual({
      version: 3,
      description: null,
      buffers: [new Uint8Array(), Uint8Array.from([1, 2, 3])],
      metadata: [],
      metadataBuffer: [],
      operatorCodes: [],
      subgraphs: [],
    });

    const rewritten = addTfliteMetadata(model, fakeMetadata);

    expect(describeTflite(rewritten)).toEqual({
      version: 3,
      description: null,
      buffers: [new Uint8Array(), Uint8Array.from([1, 2, 3]), fakeMetadata],
      metadata: [{ name: TFLITE_METADATA_NAME, buffer: 2 }],
      metadataBuffer: [],
      operatorCodes: [],
      subgraphs: [],
    });
    expect(readTfliteMetadata(rewritten)).toEqual(fakeMetadata);
    expect(misalignedBuffers(rewritten)).toEqual([]);
    expect(() => addTfliteMetadata(rewritten, fakeMetadata)).toThrow(/already has TFLITE_METADATA/);
  });

  it('rejects inputs it cannot handle with clear errors', () => {
    expect(() => addTfliteMetadata(syntheticModel(), ascii('not metadata'))).toThrow(/"M001" file identifier/);
    expect(() => addTfliteMetadata(ascii('not a tflite model'), fakeMetadata)).toThrow(/"TFL3" file identifier/);
    expect(() => readTfliteMetadata(new Uint8Array(4))).toThrow(/not a TFLite model/);
    expect(() => addTfliteMetadata(syntheticModel(1000n), fakeMetadata)).toThrow(/Buffer\.offset/);
  });
});
