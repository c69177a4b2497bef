// @ts-check
/* global TextDecoder, TextEncoder -- Web APIs, also global in Node */
/**
 * Adds a TFLITE_METADATA entry to a TFLite model without a schema compiler.
 *
 * Why: @mediapipe/tasks-vision refuses float32-input models that carry no
 * NormalizationOptions metadata, and the legacy @mediapipe/pose models ship
 * without any. The official pose_landmarks_detector.tflite is the legacy
 * full model plus one buffer holding the metadata flatbuffer ("M001") and one
 * `metadata` entry naming it, so that is all we add.
 *
 * How: FlatBuffers offsets are relative (uoffsets point forward from where
 * they are stored, vtable soffsets are relative to their table). Inserting a
 * region right after the 8-byte header shifts every old object by the same
 * amount, so every old offset stays valid except the root offset, which we
 * rewrite. The region holds a new Model table (copying the old fields),
 * new `buffers` and `metadata` vectors that extend the old ones, and the new
 * Buffer and Metadata tables with their data. The region size is a multiple
 * of 16 so tensor data keeps its 16-byte alignment (Buffer.data is
 * force_align: 16).
 *
 * Field indices follow tensorflow/lite/schema/schema.fbs.
 */

/** Root uoffset + "TFL3" file identifier; the inserted region starts here. */
const HEADER_BYTES = 8;
const TFLITE_IDENTIFIER = 'TFL3';
const METADATA_IDENTIFIER = 'M001';
/** Name MediaPipe / TFLite Support look up to find the metadata buffer. */
export const TFLITE_METADATA_NAME = 'TFLITE_METADATA';
/** Buffer.data is force_align: 16, so the shift must keep that alignment. */
const DATA_ALIGN = 16;
const utf8 = new TextDecoder();

const MODEL = { version: 0, operatorCodes: 1, subgraphs: 2, description: 3, buffers: 4, metadataBuffer: 5, metadata: 6 };
/** Model has 8 fields (version .. signature_defs); we only know how to copy those. */
const MODEL_FIELD_COUNT = 8;
const BUFFER = { data: 0, offset: 1 };
const METADATA = { name: 0, buffer: 1 };
const SUBGRAPH = { tensors: 0, inputs: 1, outputs: 2, operators: 3, name: 4 };
const TENSOR = { shape: 0, type: 1, buffer: 2, name: 3 };
const OPERATOR = { opcodeIndex: 0, inputs: 1, outputs: 2 };
const OPERATOR_CODE = { deprecatedBuiltinCode: 0, customCode: 1, version: 2, builtinCode: 3 };

/**
 * A flatbuffer being read: the bytes plus a little-endian view of them.
 * Positions used below are absolute byte positions within `bytes`.
 * @typedef {{ bytes: Uint8Array, dv: DataView }} Flat
 */

/**
 * @typedef {{ name: string, shape: number[], type: number, buffer: number }} TensorSummary
 * @typedef {{ opcodeIndex: number, inputs: number[], outputs: number[] }} OperatorSummary
 * @typedef {{ name: string | null, inputs: number[], outputs: number[],
 *   tensors: TensorSummary[], operators: OperatorSummary[] }} SubgraphSummary
 * @typedef {{ deprecatedBuiltinCode: number, customCode: string | null,
 *   version: number, builtinCode: number }} OperatorCodeSummary
 * @typedef {{ name: string, buffer: number }} MetadataEntry
 * @typedef {{ version: number, description: string | null,
 *   buffers: Uint8Array[], metadata: MetadataEntry[], metadataBuffer: number[],
 *   operatorCodes: OperatorCodeSummary[], subgraphs: SubgraphSummary[] }} TfliteSummary
 */

// ---------------------------------------------------------------- reading

/** @param {Uint8Array} bytes @returns {Flat} */
function flat(bytes) {
  return { bytes, dv: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

/** @param {Uint8Array} bytes @param {number} at */
function identifierAt(bytes, at) {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

/**
 * Opens a TFLite model and returns the position of its root Model table.
 * @param {Uint8Array} bytes
 * @returns {Flat & { model: number }}
 */
function openModel(bytes) {
  if (bytes.length < HEADER_BYTES || identifierAt(bytes, 4) !== TFLITE_IDENTIFIER) {
    throw new Error(`not a TFLite model: missing "${TFLITE_IDENTIFIER}" file identifier`);
  }
  const fb = flat(bytes);
  return { ...fb, model: deref(fb, 0) };
}

/**
 * Follows the uoffset stored at `at` (it is relative to its own position).
 * @param {Flat} fb @param {number} at
 */
function deref(fb, at) {
  return at + fb.dv.getUint32(at, true);
}

/**
 * Absolute position of a table field, or 0 when the field is absent
 * (absent means "default value" in FlatBuffers).
 * @param {Flat} fb @param {number} table @param {number} index
 */
function fieldAt(fb, table, index) {
  const vtable = table - fb.dv.getInt32(table, true);
  const entry = 4 + 2 * index;
  if (entry >= fb.dv.getUint16(vtable, true)) return 0;
  const rel = fb.dv.getUint16(vtable + entry, true);
  return rel === 0 ? 0 : table + rel;
}

/** Number of field slots in a table's vtable. @param {Flat} fb @param {number} table */
function fieldSlots(fb, table) {
  const vtable = table - fb.dv.getInt32(table, true);
  return (fb.dv.getUint16(vtable, true) - 4) / 2;
}

/** @param {Flat} fb @param {number} table @param {number} index */
function uint32Field(fb, table, index) {
  const at = fieldAt(fb, table, index);
  return at === 0 ? 0 : fb.dv.getUint32(at, true);
}

/** @param {Flat} fb @param {number} table @param {number} index @param {number} fallback */
function int32Field(fb, table, index, fallback) {
  const at = fieldAt(fb, table, index);
  return at === 0 ? fallback : fb.dv.getInt32(at, true);
}

/** @param {Flat} fb @param {number} table @param {number} index */
function int8Field(fb, table, index) {
  const at = fieldAt(fb, table, index);
  return at === 0 ? 0 : fb.dv.getInt8(at);
}

/** @param {Flat} fb @param {number} table @param {number} index */
function uint64Field(fb, table, index) {
  const at = fieldAt(fb, table, index);
  return at === 0 ? 0n : fb.dv.getBigUint64(at, true);
}

/**
 * Position of the object (table, vector, string) a field points at, or 0.
 * @param {Flat} fb @param {number} table @param {number} index
 */
function refField(fb, table, index) {
  const at = fieldAt(fb, table, index);
  return at === 0 ? 0 : deref(fb, at);
}

/** @param {Flat} fb @param {number} table @param {number} index */
function stringField(fb, table, index) {
  const at = refField(fb, table, index);
  if (at === 0) return null;
  const length = fb.dv.getUint32(at, true);
  return utf8.decode(fb.bytes.subarray(at + 4, at + 4 + length));
}

/**
 * Positions of the elements of a vector field (empty when absent).
 * @param {Flat} fb @param {number} table @param {number} index @param {number} elementSize
 */
function vectorSlots(fb, table, index, elementSize) {
  const at = refField(fb, table, index);
  const length = at === 0 ? 0 : fb.dv.getUint32(at, true);
  return Array.from({ length }, (_, i) => at + 4 + i * elementSize);
}

/** Positions of the tables in a vector-of-tables field. @param {Flat} fb @param {number} table @param {number} index */
function tableVector(fb, table, index) {
  return vectorSlots(fb, table, index, 4).map((slot) => deref(fb, slot));
}

/** @param {Flat} fb @param {number} table @param {number} index */
function int32Vector(fb, table, index) {
  return vectorSlots(fb, table, index, 4).map((slot) => fb.dv.getInt32(slot, true));
}

/**
 * View (no copy) of a Buffer table's data; empty when it has none.
 * @param {Flat} fb @param {number} buffer
 */
function bufferData(fb, buffer) {
  const at = refField(fb, buffer, BUFFER.data);
  if (at === 0) return fb.bytes.subarray(0, 0);
  return fb.bytes.subarray(at + 4, at + 4 + fb.dv.getUint32(at, true));
}

/** @param {Flat & { model: number }} fb @returns {MetadataEntry[]} */
function metadataEntries(fb) {
  return tableVector(fb, fb.model, MODEL.metadata).map((entry) => ({
    name: stringField(fb, entry, METADATA.name) ?? '',
    buffer: uint32Field(fb, entry, METADATA.buffer),
  }));
}

/**
 * Returns a copy of the bytes of the buffer named by the model's
 * TFLITE_METADATA entry, or null when the model has none.
 * @param {Uint8Array} modelBytes
 * @returns {Uint8Array | null}
 */
export function readTfliteMetadata(modelBytes) {
  const fb = openModel(modelBytes);
  const entry = metadataEntries(fb).find((m) => m.name === TFLITE_METADATA_NAME);
  if (!entry) return null;
  const buffer = tableVector(fb, fb.model, MODEL.buffers)[entry.buffer];
  if (buffer === undefined) {
    throw new Error(`${TFLITE_METADATA_NAME} names buffer ${entry.buffer}, which does not exist`);
  }
  return bufferData(fb, buffer).slice();
}

/** @param {Flat} fb @param {number} tensor @returns {TensorSummary} */
function describeTensor(fb, tensor) {
  return {
    name: stringField(fb, tensor, TENSOR.name) ?? '',
    shape: int32Vector(fb, tensor, TENSOR.shape),
    type: int8Field(fb, tensor, TENSOR.type),
    buffer: uint32Field(fb, tensor, TENSOR.buffer),
  };
}

/** @param {Flat} fb @param {number} op @returns {OperatorSummary} */
function describeOperator(fb, op) {
  return {
    opcodeIndex: uint32Field(fb, op, OPERATOR.opcodeIndex),
    inputs: int32Vector(fb, op, OPERATOR.inputs),
    outputs: int32Vector(fb, op, OPERATOR.outputs),
  };
}

/** @param {Flat} fb @param {number} code @returns {OperatorCodeSummary} */
function describeOperatorCode(fb, code) {
  return {
    deprecatedBuiltinCode: int8Field(fb, code, OPERATOR_CODE.deprecatedBuiltinCode),
    customCode: stringField(fb, code, OPERATOR_CODE.customCode),
    version: int32Field(fb, code, OPERATOR_CODE.version, 1),
    builtinCode: int32Field(fb, code, OPERATOR_CODE.builtinCode, 0),
  };
}

/** @param {Flat} fb @param {number} subgraph @returns {SubgraphSummary} */
function describeSubgraph(fb, subgraph) {
  return {
    name: stringField(fb, subgraph, SUBGRAPH.name),
    inputs: int32Vector(fb, subgraph, SUBGRAPH.inputs),
    outputs: int32Vector(fb, subgraph, SUBGRAPH.outputs),
    tensors: tableVector(fb, subgraph, SUBGRAPH.tensors).map((t) => describeTensor(fb, t)),
    operators: tableVector(fb, subgraph, SUBGRAPH.operators).map((o) => describeOperator(fb, o)),
  };
}

/**
 * Summary of the parts of a model that adding metadata must not change, for
 * comparing models whose byte layout differs. `buffers` are views into
 * `modelBytes` (their byteOffset minus modelBytes.byteOffset is the file
 * position of the data, which lets callers check alignment).
 * @param {Uint8Array} modelBytes
 * @returns {TfliteSummary}
 */
export function describeTflite(modelBytes) {
  const fb = openModel(modelBytes);
  return {
    version: uint32Field(fb, fb.model, MODEL.version),
    description: stringField(fb, fb.model, MODEL.description),
    buffers: tableVector(fb, fb.model, MODEL.buffers).map((b) => bufferData(fb, b)),
    metadata: metadataEntries(fb),
    metadataBuffer: int32Vector(fb, fb.model, MODEL.metadataBuffer),
    operatorCodes: tableVector(fb, fb.model, MODEL.operatorCodes).map((c) => describeOperatorCode(fb, c)),
    subgraphs: tableVector(fb, fb.model, MODEL.subgraphs).map((s) => describeSubgraph(fb, s)),
  };
}

// ---------------------------------------------------------------- writing

/** @param {number} n @param {number} align */
function alignUp(n, align) {
  return Math.ceil(n / align) * align;
}

/**
 * Refuses inputs the shift-and-extend approach would get wrong.
 * @param {Flat & { model: number }} fb @param {Uint8Array} metadataBytes
 */
function assertCanAdd(fb, metadataBytes) {
  const existing = metadataEntries(fb).find((m) => m.name === TFLITE_METADATA_NAME);
  if (existing) {
    throw new Error(
      `model already has ${TFLITE_METADATA_NAME} metadata (buffer ${existing.buffer}); refusing to add another`,
    );
  }
  if (metadataBytes.length < HEADER_BYTES || identifierAt(metadataBytes, 4) !== METADATA_IDENTIFIER) {
    throw new Error(`metadata is not a TFLite metadata flatbuffer: missing "${METADATA_IDENTIFIER}" file identifier`);
  }
  // Fields we do not know could hold offsets we cannot re-base.
  for (let index = MODEL_FIELD_COUNT; index < fieldSlots(fb, fb.model); index++) {
    if (fieldAt(fb, fb.model, index) !== 0) {
      throw new Error(`model has unknown Model field ${index}; refusing to rewrite it`);
    }
  }
  // Buffer.offset (models > 2 GB) is absolute from the file start; the shift would break it.
  for (const buffer of tableVector(fb, fb.model, MODEL.buffers)) {
    if (uint64Field(fb, buffer, BUFFER.offset) > 1n) {
      throw new Error('model stores buffers outside the flatbuffer (Buffer.offset); not supported');
    }
  }
}

/**
 * Absolute positions of everything written into the inserted region, in
 * file order: each object only points forward, as uoffsets must.
 * @param {number} bufferCount @param {number} metadataCount @param {number} dataLength
 */
function planRegion(bufferCount, metadataCount, dataLength) {
  let at = HEADER_BYTES;
  /**
   * Reserves `size` bytes so that the byte `skew` bytes in is `align`-aligned.
   * @param {number} size @param {number} align @param {number} [skew]
   */
  const take = (size, align, skew = 0) => {
    at = alignUp(at + skew, align) - skew;
    const start = at;
    at += size;
    return start;
  };
  const plan = {
    modelVtable: take(4 + 2 * MODEL_FIELD_COUNT, 2),
    // One 4-byte slot per field (all Model fields are uint32 or uoffset).
    model: take(4 + 4 * MODEL_FIELD_COUNT, 4),
    buffers: take(4 + 4 * (bufferCount + 1), 4),
    metadata: take(4 + 4 * (metadataCount + 1), 4),
    bufferVtable: take(6, 2),
    buffer: take(8, 4),
    metadataVtable: take(8, 2),
    metadataTable: take(12, 4),
    name: take(4 + TFLITE_METADATA_NAME.length + 1, 4),
    // Skew 4: the data after the vector's length prefix is what must be aligned.
    data: take(4 + dataLength, DATA_ALIGN, 4),
    size: 0,
  };
  plan.size = alignUp(at - HEADER_BYTES, DATA_ALIGN);
  return plan;
}

/**
 * Returns a copy of `modelBytes` with `metadataBytes` stored in a new buffer
 * and a `TFLITE_METADATA` metadata entry naming it. Every old buffer, tensor
 * and metadata entry (e.g. min_runtime_version) is kept unchanged.
 * @param {Uint8Array} modelBytes a TFLite flatbuffer ("TFL3")
 * @param {Uint8Array} metadataBytes a TFLite metadata flatbuffer ("M001")
 * @returns {Uint8Array}
 */
export function addTfliteMetadata(modelBytes, metadataBytes) {
  const fb = openModel(modelBytes);
  assertCanAdd(fb, metadataBytes);
  const oldBuffers = vectorSlots(fb, fb.model, MODEL.buffers, 4);
  const oldMetadata = vectorSlots(fb, fb.model, MODEL.metadata, 4);
  const plan = planRegion(oldBuffers.length, oldMetadata.length, metadataBytes.length);
  const shift = plan.size;

  const out = new Uint8Array(modelBytes.length + shift);
  out.set(modelBytes.subarray(0, HEADER_BYTES), 0);
  out.set(modelBytes.subarray(HEADER_BYTES), HEADER_BYTES + shift);
  const dv = new DataView(out.buffer);
  /** Stores at `at` a uoffset to absolute position `target`. @param {number} at @param {number} target */
  const pointTo = (at, target) => dv.setUint32(at, target - at, true);
  /** Where an old object now lives, given its old position. @param {number} at */
  const moved = (at) => at + shift;

  // New Model table: old fields re-based onto the shifted objects, except
  // buffers and metadata, which point at the extended vectors.
  dv.setUint16(plan.modelVtable, 4 + 2 * MODEL_FIELD_COUNT, true);
  dv.setUint16(plan.modelVtable + 2, 4 + 4 * MODEL_FIELD_COUNT, true);
  dv.setInt32(plan.model, plan.model - plan.modelVtable, true);
  for (let index = 0; index < MODEL_FIELD_COUNT; index++) {
    const slot = plan.model + 4 + 4 * index;
    const old = fieldAt(fb, fb.model, index);
    if (index === MODEL.buffers) pointTo(slot, plan.buffers);
    else if (index === MODEL.metadata) pointTo(slot, plan.metadata);
    else if (old === 0) continue;
    else if (index === MODEL.version) dv.setUint32(slot, fb.dv.getUint32(old, true), true);
    else pointTo(slot, moved(deref(fb, old)));
    dv.setUint16(plan.modelVtable + 4 + 2 * index, slot - plan.model, true);
  }

  writeExtendedVector(dv, plan.buffers, oldBuffers.map((slot) => moved(deref(fb, slot))), plan.buffer);
  writeExtendedVector(dv, plan.metadata, oldMetadata.map((slot) => moved(deref(fb, slot))), plan.metadataTable);

  // Buffer { data } with data = the metadata bytes.
  writeVtable(dv, plan.bufferVtable, 8, [4]);
  dv.setInt32(plan.buffer, plan.buffer - plan.bufferVtable, true);
  pointTo(plan.buffer + 4, plan.data);
  dv.setUint32(plan.data, metadataBytes.length, true);
  out.set(metadataBytes, plan.data + 4);

  // Metadata { name: "TFLITE_METADATA", buffer: <index of the new buffer> }.
  writeVtable(dv, plan.metadataVtable, 12, [4, 8]);
  dv.setInt32(plan.metadataTable, plan.metadataTable - plan.metadataVtable, true);
  pointTo(plan.metadataTable + 4, plan.name);
  dv.setUint32(plan.metadataTable + 8, oldBuffers.length, true);
  dv.setUint32(plan.name, TFLITE_METADATA_NAME.length, true);
  out.set(new TextEncoder().encode(TFLITE_METADATA_NAME), plan.name + 4); // NUL terminator is already 0

  pointTo(0, plan.model);
  return out;
}

/**
 * @param {DataView} dv @param {number} at @param {number} tableSize
 * @param {number[]} fieldOffsets offset of each field within the table
 */
function writeVtable(dv, at, tableSize, fieldOffsets) {
  dv.setUint16(at, 4 + 2 * fieldOffsets.length, true);
  dv.setUint16(at + 2, tableSize, true);
  fieldOffsets.forEach((offset, i) => dv.setUint16(at + 4 + 2 * i, offset, true));
}

/**
 * Writes a vector of tables: the old tables (at their new positions) then one more.
 * @param {DataView} dv @param {number} at @param {number[]} tables @param {number} extra
 */
function writeExtendedVector(dv, at, tables, extra) {
  const all = [...tables, extra];
  dv.setUint32(at, all.length, true);
  all.forEach((table, i) => {
    const slot = at + 4 + 4 * i;
    dv.setUint32(slot, table - slot, true);
  });
}
