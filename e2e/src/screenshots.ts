import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

/** Full-page screenshots kept as artifacts (git-ignored) so every run can be looked at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('e2e/artifacts/screenshots', { recursive: true });
  await page.screenshot({ path: `e2e/artifacts/screenshots/${name}.png`, fullPage: true });
}
