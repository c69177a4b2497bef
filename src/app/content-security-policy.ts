/**
 * The app's Content-Security-Policy and the other security headers, in one place: the dev and preview servers
 * send them as headers (vite.config.ts), and the build writes the policy into index.html as a <meta> for hosts
 * that cannot set headers. What each directive allows, and what a page embedding <glute-coach> must allow, is
 * in docs/SECURITY.md. Runs in Node (the Vite config) and in the tests; nothing here reaches the browser bundle.
 */

import type { Plugin } from 'vite';

type Directives = Record<string, readonly string[]>;

const DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  // Scripts from this origin only: no inline script, no eval. 'wasm-unsafe-eval' lets the pose runtimes
  // compile their WebAssembly and nothing else (it does not allow eval or new Function).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // The pose worker and the offline service worker are files of this origin.
  'worker-src': ["'self'"],
  // Models, wasm and models.json are fetched from this origin; nothing is ever sent anywhere.
  'connect-src': ["'self'"],
  'img-src': ["'self'", 'blob:', 'data:'],
  // blob: plays a picked video file back in the clip analyser; mediastream: is the camera.
  'media-src': ["'self'", 'blob:', 'mediastream:'],
  // Lit's styles are constructable stylesheets (adoptedStyleSheets), which style-src does not restrict; inline
  // `style` attributes are refused, so components set styles through the CSSOM (Lit's styleMap).
  'style-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  // The app's only form (the training choice) is never submitted.
  'form-action': ["'none'"],
  // Header only (a <meta> policy cannot carry it): no other site may frame the app and trick a person into
  // allowing the camera for it.
  'frame-ancestors': ["'none'"],
};

/** Directives a <meta http-equiv> policy ignores (with a console warning), so the meta copy leaves them out. */
const HEADER_ONLY = new Set(['frame-ancestors']);

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy as the servers send it. */
export const CONTENT_SECURITY_POLICY = serialise(DIRECTIVES);

/** The same policy for index.html's <meta http-equiv="Content-Security-Policy">. */
export const META_CONTENT_SECURITY_POLICY = serialise(Object.fromEntries(Object.entries(DIRECTIVES).filter(([name]) => !HEADER_ONLY.has(name))));

/** Every response of the dev and preview servers carries these (workers get their policy from their own response). */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // The camera for this origin only; no microphone (the coach never records sound) and no location.
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
};

/**
 * What a page that embeds <glute-coach> must allow, at least, when the library folder (dist/lib) is served from
 * `assetsOrigin` (a CDN, or the page's own origin): the module, the pose worker's script, its chunks and the wasm
 * loader from there (script-src); the worker, which starts from a blob: URL when the assets are on another
 * origin and then runs under the page's policy (worker-src); the model list, models and wasm fetched from there
 * (connect-src); and compiling the wasm ('wasm-unsafe-eval'). No inline script, no eval and no style-src: the
 * element styles itself with adoptedStyleSheets and the CSSOM. docs/SECURITY.md explains it; the embedding
 * test runs the coach under exactly this.
 */
export function embeddingPolicy(assetsOrigin: string): string {
  return serialise({
    'script-src': [assetsOrigin, "'wasm-unsafe-eval'"],
    'worker-src': [assetsOrigin, 'blob:'],
    'connect-src': [assetsOrigin],
  });
}

/**
 * Writes the policy into every HTML page Vite serves or builds, first in <head> so it covers everything after
 * it. The header already covers pages the servers send; the meta keeps the page covered on a static host.
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'glute-coach-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}
