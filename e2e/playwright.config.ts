import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 3300);

/**
 * End-to-end tests drive Debian's Chromium (never a downloaded browser) against the production build served by the
 * API on a fresh SQLite file with demo data, exactly as `npm start` serves it.
 */
export default defineConfig({
  testDir: './src',
  testMatch: '**/*.e2e.ts',
  outputDir: './artifacts/results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 1440, height: 900 },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: 'node e2e/serve.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    // A busy shared machine may need longer for the demo data on first start: E2E_SERVER_TIMEOUT (ms).
    timeout: Number(process.env['E2E_SERVER_TIMEOUT'] ?? 120_000),
    reuseExistingServer: false,
    env: { PORT: String(PORT), E2E_PORT: String(PORT) },
  },
});
