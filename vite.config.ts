import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The app is served from its own origin only: models and wasm live in public/ (written by models/prepare.mjs
// at install time) and are copied into the build as they are.
export default defineConfig({
  publicDir: 'public',
  worker: { format: 'es' },
  // pose-detection imports @mediapipe/pose, a script with no ES exports, for a runtime the app never uses.
  resolve: { alias: { '@mediapipe/pose': fileURLToPath(new URL('workers/mediapipe-pose-stub.ts', import.meta.url)) } },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});
