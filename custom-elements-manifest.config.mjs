/**
 * Custom elements manifest (custom-elements.json) of the package: what editors and frameworks read to know
 * <glute-coach>'s attributes, properties, events, parts and custom properties. Written by `npm run manifest`
 * (part of `prepack`) from the JSDoc on GluteCoach and the Lit properties it inherits.
 */
export default {
  globs: ['src/components/glute-coach/**/*.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself (`customElements`); the analyzer must not rewrite it on every run.
  packagejson: false,
};
