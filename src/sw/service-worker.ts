/**
 * The offline service worker (built as `sw.js`, registered by src/app/main.ts in production builds). After the
 * first visit the coach starts with the network off: the app shell, the wasm runtime and the default model are
 * cached, and every other file of the build (other models, the fallback runtime) is cached when first used.
 *
 * Versions are atomic. Each build has its own cache, named by a hash over all its files. A new version fills its
 * cache completely at install (checking every file's sha256, so a server caught half-way through a deploy
 * cannot produce a mixed cache) and only then can it take over, when no page runs the old version any more;
 * unchanged files are copied from the old cache instead of downloaded again. Old caches go on activate.
 *
 * It only ever answers for files of this build on its own origin; everything else goes to the network as is.
 * No imports: the script must run as a classic service worker script.
 */
import type { PrecacheManifest } from './precache-manifest';

declare const __GLUTE_COACH_PRECACHE_MANIFEST__: PrecacheManifest;

const worker = self as unknown as ServiceWorkerGlobalScope;
const BUILD = __GLUTE_COACH_PRECACHE_MANIFEST__;
const CACHE_PREFIX = 'glute-coach-';
const CACHE_NAME = `${CACHE_PREFIX}${BUILD.version}`;
/** Each cache keeps the file list it was filled from, so a later version can tell which entries it may reuse. */
const MANIFEST_ENTRY = '__precache-files.json';

interface OlderCache {
  cache: Cache;
  files: Record<string, string>;
}

const scopeUrl = () => new URL(worker.registration.scope);
const urlOf = (path: string) => new URL(path, scopeUrl()).href;

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** `response`'s body as a new response, if it is the file this build lists under `path`; null otherwise. */
async function verified(path: string, response: Response): Promise<Response | null> {
  if (!response.ok) return null;
  const body = await response.arrayBuffer();
  if ((await sha256Hex(body)) !== BUILD.files[path]) return null;
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
}

/**
 * The file, checked, or the install abandoned. Fetched a second time when the network failed the first (a
 * TypeError, from the request or from reading its body: not an answer): a request racing the page's for the same
 * file, the model it loads as the coach comes into view, can fail writing the HTTP cache
 * (net::ERR_CACHE_WRITE_FAILURE), and one failed file abandons the whole install. The second finds it cached.
 */
async function download(path: string): Promise<Response> {
  const once = async () => {
    // 'no-cache': revalidate with the server, so the HTTP cache cannot hand back a file of an older deploy.
    const response = await fetch(urlOf(path), { cache: 'no-cache' });
    return { status: response.status, checked: await verified(path, response) };
  };
  const { status, checked } = await once().catch((error: unknown) => {
    if (!(error instanceof TypeError)) throw error;
    return once();
  });
  if (!checked) throw new Error(`Offline cache: ${path} is not the file this version lists (HTTP ${status}); the install is abandoned.`);
  return checked;
}

async function olderCaches(): Promise<OlderCache[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME);
  const older = await Promise.all(
    names.map(async (name) => {
      const cache = await caches.open(name);
      const list = await cache.match(urlOf(MANIFEST_ENTRY));
      return list ? { cache, files: (await list.json()) as Record<string, string> } : null;
    }),
  );
  return older.filter((entry): entry is OlderCache => entry !== null);
}

/** The same file (same sha256) from an older version's cache, if one holds it. */
async function unchangedCopy(path: string, older: OlderCache[]): Promise<Response | undefined> {
  for (const { cache, files } of older) {
    if (files[path] !== BUILD.files[path]) continue;
    const copy = await cache.match(urlOf(path));
    if (copy) return copy;
  }
  return undefined;
}

/** Files an older version cached on first use, unchanged in this one, so an update does not drop them. */
async function carryOver(cache: Cache, older: OlderCache[]): Promise<void> {
  const root = scopeUrl().href;
  for (const { cache: old } of older) {
    for (const request of await old.keys()) {
      const path = request.url.slice(root.length);
      if (path === MANIFEST_ENTRY || !(path in BUILD.files) || (await cache.match(request.url))) continue;
      const copy = await unchangedCopy(path, older);
      if (copy) await cache.put(request.url, copy);
    }
  }
}

async function install(): Promise<void> {
  const cache = await caches.open(CACHE_NAME);
  const older = await olderCaches();
  for (const path of BUILD.precache) {
    // A retried install keeps what an interrupted one already stored (same version, same files).
    if (await cache.match(urlOf(path))) continue;
    await cache.put(urlOf(path), (await unchangedCopy(path, older)) ?? (await download(path)));
  }
  await carryOver(cache, older);
  await cache.put(urlOf(MANIFEST_ENTRY), new Response(JSON.stringify(BUILD.files), { headers: { 'content-type': 'application/json' } }));
}

async function removeOtherVersions(): Promise<void> {
  const names = await caches.keys();
  await Promise.all(names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME).map((name) => caches.delete(name)));
}

/** The build file `request` asks for (the scope's root is index.html), or null when this worker leaves it alone. */
function buildFile(request: Request): string | null {
  if (request.method !== 'GET' || request.headers.has('range')) return null;
  const url = new URL(request.url);
  const scope = scopeUrl();
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const path = url.pathname.slice(scope.pathname.length) || 'index.html';
  return path in BUILD.files ? path : null;
}

async function cacheIfVerified(cache: Cache, path: string, response: Response): Promise<void> {
  const checked = await verified(path, response);
  if (checked) await cache.put(urlOf(path), checked);
}

async function respond(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE_NAME);
  const cached = await cache.match(urlOf(path), { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(event.request);
  event.waitUntil(cacheIfVerified(cache, path, response.clone()));
  return response;
}

worker.addEventListener('install', (event) => event.waitUntil(install()));
worker.addEventListener('activate', (event) => event.waitUntil(removeOtherVersions()));
worker.addEventListener('fetch', (event) => {
  const path = buildFile(event.request);
  if (path) event.respondWith(respond(event, path));
});
