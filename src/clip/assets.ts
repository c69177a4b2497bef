/** Where the app's models and wasm are served from: the page's own origin unless an embedder says otherwise. */
export function defaultAssetsBase(): string {
  return new URL(import.meta.env.BASE_URL, location.href).href;
}
