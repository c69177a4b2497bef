/**
 * The one place in the live coach that knows which values the `model` setting takes and which one it gets by
 * default. `auto` (timing the models on the device, src/pose/model-choice.ts) is to be added here; it then
 * needs camera frames before the model loads, so PoseController.load would take them.
 */
import type { ModelVariant } from '../../workers/engine';

export const MODEL_SETTINGS = ['lite', 'full', 'heavy'] as const;
export type ModelSetting = (typeof MODEL_SETTINGS)[number];

/** `full` until the automatic choice exists: it runs near 45 ms a frame on a laptop CPU and is the accuracy reference. */
export const DEFAULT_MODEL: ModelSetting = 'full';

export function isModelSetting(value: unknown): value is ModelSetting {
  return (MODEL_SETTINGS as readonly unknown[]).includes(value);
}

export function modelVariantFor(choice: ModelSetting): ModelVariant {
  return choice;
}
