import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

// Debian's Chromium: Playwright cannot download its own browsers on this network.
const chromium = process.env.CHROMIUM_PATH ?? execSync('which chromium || which chromium-browser').toString().trim();
export const PORT = Number(process.env.E2E_PORT ?? 4173);

/** End-to-end tests against the built static site (npm run build first; npm test does it once). */
export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1400, height: 900 } } }],
  webServer: {
    command: `npx docusaurus serve --dir build --host 127.0.0.1 --port ${PORT} --no-open`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
