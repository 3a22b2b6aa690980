import type { Page, Response } from '@playwright/test';

/**
 * The JSON answer of a request the page made, asked again with the page's session. Chromium may already have dropped
 * the body of a response the page consumed ("No data found for resource"), so it is not read from the network log.
 */
export async function answerOf<T>(page: Page, response: Response | Promise<Response>): Promise<T> {
  const again = await page.request.get((await response).url());
  return (await again.json()) as T;
}
