/**
 * Vite plugin (runs in Node) that makes the app installable: the web app manifest and its icons (drawn by
 * app-icon.ts), emitted into the build beside index.html, so the offline service worker lists and caches them
 * like every other build file, and served by the dev server from memory. index.html links the manifest.
 */
import type { Plugin } from 'vite';
import { appIconPng } from './app-icon.ts';

/** The app's dark background and accent (the coach's default design tokens). */
const BACKGROUND = '#0f1419';
const ACCENT = '#4cc38a';

export const MANIFEST_FILE = 'manifest.webmanifest';

const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  // The figure stays inside the central circle a maskable icon may be cut to: one file serves both.
  { file: 'icons/icon-512.png', size: 512, purpose: 'maskable' },
] as const;

/** Paths relative to the manifest, so the app installs under whatever folder it is deployed to. */
export const WEB_APP_MANIFEST = {
  id: './',
  name: 'Glute Coach',
  short_name: 'Glute Coach',
  description: 'Counts your glute bridges, hip thrusts and clamshells through the camera and coaches your form, on the device.',
  start_url: './',
  scope: './',
  display: 'standalone',
  orientation: 'any',
  background_color: BACKGROUND,
  theme_color: BACKGROUND,
  icons: ICONS.map(({ file, size, purpose }) => ({ src: file, sizes: `${size}x${size}`, type: 'image/png', purpose })),
};

/** Every file the plugin adds, by path in the build, with its bytes. */
function manifestFiles(): Map<string, { type: string; bytes: Buffer }> {
  const files = new Map<string, { type: string; bytes: Buffer }>();
  files.set(MANIFEST_FILE, { type: 'application/manifest+json', bytes: Buffer.from(JSON.stringify(WEB_APP_MANIFEST, null, 2)) });
  for (const { file, size } of ICONS) files.set(file, { type: 'image/png', bytes: appIconPng(size, { background: BACKGROUND, figure: ACCENT }) });
  return files;
}

export function webAppManifest(): Plugin {
  let enabled = false;
  let files: ReturnType<typeof manifestFiles> | null = null;
  const built = () => (files ??= manifestFiles());
  return {
    name: 'glute-coach-web-app-manifest',
    configResolved(config) {
      enabled = !config.build.lib;
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = built().get((request.url ?? '').split('?')[0]!.slice(1));
        if (!file) return next();
        response.setHeader('content-type', file.type);
        response.end(file.bytes);
      });
    },
    generateBundle() {
      if (!enabled) return;
      for (const [fileName, { bytes }] of built()) this.emitFile({ type: 'asset', fileName, source: bytes });
    },
  };
}
