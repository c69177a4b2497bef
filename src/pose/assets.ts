/**
 * Where the pose worker, the wasm runtime and the models come from. Everything is resolved against this
 * module's own URL, so the same code works in the app (served from its origin), in the dev server and in the
 * library build loaded from another origin (a CDN), where the files sit beside `glute-coach.js`.
 */
import poseWorkerPath from '../../workers/pose.worker.ts?worker&url';

/**
 * `BASE_URL` is '/' in the app and the dev server (public files at the server root) and './' in the library
 * build (files beside the bundle); resolving it against `import.meta.url` gives the right folder in all three.
 */
export function defaultAssetsBase(): string {
  return new URL(import.meta.env.BASE_URL, import.meta.url).href;
}

/** An `assets-base` attribute, relative to the page like any URL in HTML, or the default. Ends with '/'. */
export function resolveAssetsBase(attribute: string | null | undefined): string {
  if (!attribute) return defaultAssetsBase();
  const url = new URL(attribute, document.baseURI);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export function poseWorkerUrl(): URL {
  return new URL(poseWorkerPath, import.meta.url);
}
