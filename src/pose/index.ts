/**
 * The pose model as the page sees it: the client that owns the worker, where its files come from, `auto`'s
 * choice, and the part of the worker's contract (workers/engine.ts) the page may use. src/live, src/clip and
 * src/components reach the worker through this folder only (eslint.config.js enforces it).
 */
export {
  EngineError,
  MODEL_VARIANTS,
  isModelVariant,
  type EngineFailure,
  type EngineInfo,
  type EngineName,
  type LoadProgress,
  type ModelVariant,
  type PoseResult,
} from '../../workers/engine';
export { PoseClient, type ClientLoadOptions, type EnginePreference, type PoseClientOptions, type PoseClientStatus } from './pose-client';
export { autoChooseModel, FIRST_TIMED, type AutoChoice, type AutoChoiceOptions } from './model-choice';
export { defaultAssetsBase, resolveAssetsBase } from './assets';
export { defaultWorkerFactory } from './worker-factory';
