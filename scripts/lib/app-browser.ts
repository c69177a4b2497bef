/**
 * Starts the app on a loopback port and headless system Chromium, for the command-line tools (clip analyser,
 * fixture recorder, benchmark). Everything stays on 127.0.0.1.
 */
import { chromium, type Browser, type Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { CHROMIUM_FLAGS, chromiumPath } from '../../tests/support/chromium';

export interface AppBrowser {
  origin: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

export async function openApp(path: string, extraArgs: string[] = []): Promise<AppBrowser> {
  const server: ViteDevServer = await createServer({
    logLevel: 'silent',
    // A tool run must not reload the page when a source file changes under it.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('vite did not bind a port');
  const origin = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...CHROMIUM_FLAGS, ...extraArgs] });
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`[page] ${error.message}`));
  await page.goto(origin + path);
  return {
    origin,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
