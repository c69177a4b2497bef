/**
 * Library build: `dist/lib/glute-coach.js`, one ES module that defines <glute-coach>, with the pose worker in
 * `dist/lib/assets/` and the wasm runtime and models (public/) in `dist/lib/wasm` and `dist/lib/models`.
 * `base: './'` makes every URL inside relative to the module itself (`new URL(..., import.meta.url)`), so the
 * folder can be served from any path on any origin, such as a CDN. The worker is one file (its engines inlined,
 * each still initialised only when loaded), because a site that bundles the package with its own build tool
 * gets the worker copied as a single asset, without the chunks it would import. Everything else (worker
 * format, resolve rules) comes from the app's config.
 */
import { defineConfig, mergeConfig } from 'vite';
import appConfig from './vite.config.ts';

export default mergeConfig(
  appConfig,
  defineConfig({
    base: './',
    worker: { rolldownOptions: { output: { codeSplitting: false } } },
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
