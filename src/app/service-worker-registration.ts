/**
 * Registers the offline service worker (src/sw/service-worker.ts, built as sw.js). Production builds only: the
 * dev server's modules change on every edit, and a cache in front of them would serve stale code.
 */
const SCOPE = import.meta.env.BASE_URL;

async function register(): Promise<void> {
  try {
    // 'none': every update check asks the server for sw.js itself, so a new version is found on the next visit.
    await navigator.serviceWorker.register(`${SCOPE}sw.js`, { scope: SCOPE, updateViaCache: 'none' });
  } catch (error) {
    // The app works as before, only not offline: worth a warning, not a message to the person.
    console.warn('Glute Coach: the offline cache could not be set up.', error);
  }
}

/** After the page has loaded, so the first visit's own downloads go first; the cache fills in the background. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  if (document.readyState === 'complete') void register();
  else window.addEventListener('load', () => void register(), { once: true });
}
