import { type Browser, expect, type Page, test } from '@playwright/test';
import { seriousAccessibilityViolations } from './axe';
import { saveScreenshot } from './screenshots';
import { signIn } from './sign-in';

/** The demo vendors by the name the pages show, for signing in as that vendor's partner user. */
const VENDOR_SLUGS: Readonly<Record<string, string>> = {
  'Lisboa Contact': 'lisboa-contact',
  'Andes Support': 'andes-support',
  'Manila Desk': 'manila-desk',
  'Alpen Service': 'alpen-service',
  'Nordic Care': 'nordic-care',
};
/** The demo's planted language of weak automatic-vs-human agreement (`DEMO_WEAK_LANGUAGE` of the demo data). */
const WEAK_LANGUAGE = 'Slovenian';
const COACHING = 'Offer the tracking link before the customer has to ask twice.';
const COMMENT = 'Asked for the order number twice before answering.';
const REASON = 'The agent answered within the promised time; responsiveness deserves more than this.';

async function pageAs(browser: Browser, role: Parameters<typeof signIn>[1], path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role, path);
  return page;
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
}

test('a reviewer grades blind and sees the scores after submitting; the partner disputes, a lead decides, the partner reads the reply', async ({ browser }) => {
  test.setTimeout(240_000);

  // 1. The reviewer opens an item of their queue: the automatic scores are hidden.
  const reviewer = await pageAs(browser, 'qa-reviewer', '/reviews');
  const open = reviewer.getByTestId('queue-open').getByRole('link').first();
  await expect(open).toBeVisible();
  await open.click();
  await expect(reviewer.getByTestId('blind-note')).toBeVisible();
  const automatic = reviewer.getByTestId('automatic-scores');
  await expect(automatic.locator('dl')).toHaveCount(0);
  await expect(automatic).not.toContainText('Overall');
  await saveScreenshot(reviewer, 'reviews-1-blind-form');
  await expectAccessible(reviewer);

  // 2. Grades every criterion low on responsiveness and submits: the scores appear.
  const header = await reviewer.locator('rp-page-header').innerText();
  const vendor = Object.keys(VENDOR_SLUGS).find((name) => header.includes(name));
  expect(vendor).toBeDefined();
  // Every criterion at the top of its scale (the rubric may have gained criteria), then responsiveness low.
  const ratings = reviewer.locator('select[data-testid^="rating-"]');
  for (let index = 0; index < (await ratings.count()); index++) {
    await ratings.nth(index).selectOption({ index: 1 });
  }
  await reviewer.getByTestId('rating-responsiveness').selectOption('2');
  // A comment anchored to the second message, added from the keyboard under that message's bubble.
  const secondMessage = reviewer.getByTestId('transcript').getByTestId('message-1');
  await secondMessage.getByTestId('add-comment-1').focus();
  await reviewer.keyboard.press('Enter');
  await expect(secondMessage.getByTestId('comments-message-1').getByRole('textbox')).toBeFocused();
  await reviewer.keyboard.type(COMMENT);
  await saveScreenshot(reviewer, 'reviews-1b-form-with-comment');
  await expectAccessible(reviewer);
  await reviewer.getByTestId('submit-review').click();
  await expect(reviewer.getByTestId('blind-note')).toHaveCount(0);
  await expect(automatic.locator('dl')).toContainText('Overall');
  await expect(automatic.locator('dd').first()).toHaveText(/^\d+(\.\d+)?$/);
  await saveScreenshot(reviewer, 'reviews-2-scores-revealed');
  await expectAccessible(reviewer);

  // 3. From the submitted review the reviewer writes a coaching note to the agent.
  await reviewer.getByTestId('open-review').click();
  await expect(reviewer).toHaveURL(/\/reviews\/[0-9a-f-]{36}$/);
  const reviewUrl = new URL(reviewer.url()).pathname;
  const reviewId = reviewUrl.split('/').pop() as string;
  await expect(reviewer.getByTestId('review-history')).toContainText('submitted');
  await expect(reviewer.getByTestId('note-agent').locator('option')).not.toHaveCount(1);
  await reviewer.getByTestId('note-agent').selectOption({ index: 1 });
  await reviewer.getByTestId('note-text').fill(COACHING);
  await reviewer.getByTestId('send-note').click();
  await expect(reviewer.getByTestId('review-coaching')).toContainText(COACHING);
  await expect(reviewer.getByTestId('review-coaching')).toContainText('not acknowledged yet');
  await saveScreenshot(reviewer, 'reviews-3-review-with-note');
  await expectAccessible(reviewer);

  // 4. The vendor's partner user finds the review, without the reviewer's name, acknowledges the note and disputes.
  const partner = await pageAs(browser, { partnerOf: VENDOR_SLUGS[vendor as string] as string }, '/reviews');
  const listed = partner.locator(`[data-review="${reviewId}"]`);
  await expect(listed).toBeVisible();
  await saveScreenshot(partner, 'reviews-4-partner-hub');
  await expectAccessible(partner);
  await listed.click();
  await expect(partner.getByTestId('review-ratings')).toContainText('Answers in good time');
  await expect(partner.locator('rp-page-header')).not.toContainText(' by ');
  // The comment sits under the bubble of the message it anchors to.
  const anchored = partner.getByTestId('review-transcript').getByTestId('message-1').getByTestId('comments-message-1');
  await expect(anchored).toContainText(COMMENT);
  await expect(anchored).toContainText('Comments on message 2');
  await expect(partner.getByTestId('review-comments')).not.toContainText(COMMENT);
  await partner.getByTestId('review-coaching').getByTestId('acknowledge-note').click();
  await expect(partner.getByTestId('review-coaching')).toContainText('acknowledged');
  await partner.getByTestId('dispute-reason').fill(REASON);
  await partner.getByTestId('open-dispute').click();
  await expect(partner.locator('.dispute[data-status="open"]')).toContainText(REASON);
  await expect(partner.getByTestId('dispute-form')).toHaveCount(0);
  await saveScreenshot(partner, 'reviews-5-partner-disputed');
  await expectAccessible(partner);

  // 5. A lead finds the dispute in the inbox and accepts it with an adjusted rating, prefilled with the current ones.
  const lead = await pageAs(browser, 'qa-lead', '/reviews');
  const inbox = lead.getByTestId('dispute-inbox');
  await expect(inbox).toContainText(REASON);
  await saveScreenshot(lead, 'reviews-6-lead-inbox');
  await expectAccessible(lead);
  await lead.goto(reviewUrl);
  const decision = lead.getByTestId('dispute-decision');
  await expect(decision.getByTestId('adjust-responsiveness')).toHaveValue('2');
  await expect(decision.getByTestId('adjust-courtesy')).toHaveValue('5');
  const before = await lead.getByTestId('review-total').innerText();
  await decision.getByTestId('adjust-responsiveness').selectOption('4');
  await decision.getByTestId('decision-reply').fill('Agreed: the reply came within the target. Responsiveness raised to 4.');
  await saveScreenshot(lead, 'reviews-7-lead-decides');
  await expectAccessible(lead);
  await decision.getByTestId('send-decision').click();
  await expect(lead.locator('.dispute[data-status="accepted"]')).toBeVisible();
  await expect(lead.getByTestId('review-history')).toContainText('changed by an accepted dispute');
  const after = await lead.getByTestId('review-total').innerText();
  expect(Number(after)).toBeGreaterThan(Number(before));
  await saveScreenshot(lead, 'reviews-8-review-history');

  // 6. The partner reads the reply and the new total.
  await partner.reload();
  await expect(partner.getByTestId('dispute-reply')).toContainText('Responsiveness raised to 4');
  await expect(partner.getByTestId('review-total')).toHaveText(after);
  await saveScreenshot(partner, 'reviews-9-partner-reply');

  // 7. The agreement table names the planted weak language.
  await lead.goto('/reviews');
  const weakRow = lead.getByTestId('agreement').locator('tr.weak');
  await expect(weakRow).toHaveCount(1);
  await expect(weakRow).toContainText(WEAK_LANGUAGE);
  await expect(weakRow).toContainText('automatic scores weakly confirmed in this language');
  await lead.getByTestId('agreement').scrollIntoViewIfNeeded();
  await saveScreenshot(lead, 'reviews-10-agreement');
  await expectAccessible(lead);
});
