/**
 * Serves the benchmark build with `vite preview` on a loopback port, with the cache headers a production
 * deployment of the app should send (vite preview alone sends `no-cache` for everything):
 * - /assets/*: file names carry a content hash, so they never change: cached for a year, immutable.
 * - /wasm/* and /models/*.task: names fixed by the pinned tasks-vision version and models/manifest.json; the
 *   worker checks every model's sha256 against models.json. Fresh for a day, then revalidated (ETag).
 * - HTML and models/models.json: always revalidated, since they name the files above.
 */
import type { ServerResponse } from 'node:http';
import { preview, type Plugin, type PreviewServer } from 'vite';

export const CACHE_POLICY: { pattern: RegExp; cacheControl: string }[] = [
  { pattern: /^\/assets\//, cacheControl: 'public, max-age=31536000, immutable' },
  { pattern: /^\/(wasm\/|models\/.+\.task$)/, cacheControl: 'public, max-age=86400' },
  { pattern: /./, cacheControl: 'no-cache' },
];

function cacheControlFor(path: string): string {
  return CACHE_POLICY.find((rule) => rule.pattern.test(path))!.cacheControl;
}

function cacheHeaders(): Plugin {
  return {
    name: 'bench-cache-headers',
    configurePreviewServer(server) {
      // Set before vite's static handler runs; it keeps a Cache-Control header that is already there.
      server.middlewares.use((request, response: ServerResponse, next) => {
        response.setHeader('Cache-Control', cacheControlFor(new URL(request.url ?? '/', 'http://x').pathname));
        next();
      });
    },
  };
}

export interface BenchServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveBuild(outDir: string): Promise<BenchServer> {
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', open: false },
    plugins: [cacheHeaders()],
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not bind a port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}
