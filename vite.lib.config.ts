/**
 * Library build: `dist/lib/glute-coach.js`, one ES module that defines <glute-coach>, with the pose worker in
 * `dist/lib/assets/` and the wasm runtime and models (public/) in `dist/lib/wasm` and `dist/lib/models`.
 * `base: './'` makes every URL inside relative to the module itself (`new URL(..., import.meta.url)`), so the
 * folder can be served from any path on any origin, such as a CDN. Everything else (worker format, resolve
 * rules) comes from the app's config, so the two builds bundle the worker the same way.
 */
import { defineConfig, mergeConfig } from 'vite';
import appConfig from './vite.config.ts';

export default mergeConfig(
  appConfig,
  defineConfig({
    base: './',
    build: {
      outDir: 'dist/lib',
      emptyOutDir: true,
      lib: {
        entry: 'src/lib/glute-coach.ts',
        formats: ['es'],
        fileName: () => 'glute-coach.js',
      },
    },
  }),
);
