import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/support/chromium';

// GLUTE_TEST_PORT lets two checkouts on one machine run their suites side by side.
const PORT = Number(process.env.GLUTE_TEST_PORT ?? 5199);

export default defineConfig({
  testDir: 'tests/browser',
  timeout: 120_000,
  // Two cores and a software-rendered model: browser tests run one at a time.
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  webServer: {
    command: `npx vite --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
