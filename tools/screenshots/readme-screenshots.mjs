// Refreshes the README's screenshots from the running app (the e2e server with demo data: `PORT=3321 node e2e/serve.mjs`).
// Usage: node tools/screenshots/readme-screenshots.mjs http://127.0.0.1:3321
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:3300';
const password = process.env.DEMO_PASSWORD ?? 'e2e-demo-password';
const widths = [
  { suffix: '', viewport: { width: 1440, height: 900 } },
  { suffix: '-390', viewport: { width: 390, height: 844 } },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  for (const { suffix, viewport } of widths) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${base}/login`);
    await page.getByTestId('login-email').fill('vendor-manager@demo.rapport.example');
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('sign-out').waitFor({ state: 'attached' });

    await page.goto(`${base}/scorecard`);
    await page.getByTestId('overall-why').waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `docs/screenshots/scorecard${suffix}.png` });

    await page.goto(`${base}/conversations?rule=courtesy.dismissive&sort=courtesy`);
    await page.getByTestId('conversation-table').locator('tbody tr a').first().click();
    await page.getByTestId('evidence-explanation').first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: `docs/screenshots/conversation${suffix}.png` });
    await page.close();
  }
} finally {
  await browser.close();
}
