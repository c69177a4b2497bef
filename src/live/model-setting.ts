/**
 * The one place in the live coach that knows which values the `model` setting takes and which one it gets by
 * default: `auto` times the models on this device's camera frames (src/pose/model-choice.ts); a variant's name
 * loads that variant as it is.
 */
import type { ModelVariant } from '../pose';

export const MODEL_SETTINGS = ['auto', 'lite', 'full', 'heavy'] as const;
export type ModelSetting = (typeof MODEL_SETTINGS)[number];

/**
 * `auto`: the right model depends on the device (full takes 45-50 ms a frame on the 2-core test laptop, still
 * within the 67 ms budget; a recent laptop runs full in under 20 ms, a slow phone only lite), and nobody should have to know.
 */
export const DEFAULT_MODEL: ModelSetting = 'auto';

export function isModelSetting(value: unknown): value is ModelSetting {
  return (MODEL_SETTINGS as readonly unknown[]).includes(value);
}

/**
 * The models a first visit caches for offline use: what the default (`auto`) loads on most devices. It always
 * times full, and settles on lite where full is too slow; heavy (30 MB, fast devices only) is cached when first used.
 */
export const OFFLINE_MODELS: readonly ModelVariant[] = ['full', 'lite'];

/** The variant a fixed setting names, or null for `auto` (chosen by timing). */
export function fixedVariant(setting: ModelSetting): ModelVariant | null {
  return setting === 'auto' ? null : setting;
}
