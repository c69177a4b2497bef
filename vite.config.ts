import { defineConfig } from 'vite';

// The app is served from its own origin only: models and wasm live in public/ (written by models/prepare.mjs
// at install time) and are copied into the build as they are.
export default defineConfig({
  publicDir: 'public',
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  build: { target: 'es2022', sourcemap: true },
});
