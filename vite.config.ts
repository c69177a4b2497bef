import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicyMeta, SECURITY_HEADERS } from './src/app/content-security-policy.ts';
import { offlineServiceWorker } from './src/sw/precache-plugin.ts';
import { webAppManifest } from './src/sw/web-app-manifest.ts';

// The app is served from its own origin only: models and wasm live in public/ (written by models/prepare.mjs
// at install time) and are copied into the build as they are.
export default defineConfig({
  publicDir: 'public',
  worker: { format: 'es' },
  // pose-detection imports @mediapipe/pose, a script with no ES exports, for a runtime the app never uses.
  resolve: { alias: { '@mediapipe/pose': fileURLToPath(new URL('workers/mediapipe-pose-stub.ts', import.meta.url)) } },
  // The build writes the Content-Security-Policy into index.html and adds the offline service worker (sw.js)
  // and the web app manifest with its icons; the library build gets none of them. See docs/SECURITY.md.
  plugins: [contentSecurityPolicyMeta(), webAppManifest(), offlineServiceWorker()],
  // The policy and the other security headers on every response, so the dev server (and the browser tests it
  // serves) and the preview run under the policy production uses.
  server: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  preview: { host: '127.0.0.1', headers: SECURITY_HEADERS },
  build: { target: 'es2022', sourcemap: true },
});
