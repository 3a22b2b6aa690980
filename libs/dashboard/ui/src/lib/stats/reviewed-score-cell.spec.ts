import type { ReviewedScoreDto } from '@rapport/contracts';
import { NO_REVIEWS, NOT_ENOUGH_REVIEWS, reviewedScoreText } from './reviewed-score-cell';

const vendor = { id: 'v1', slug: 'north', name: 'North' };

describe('reviewedScoreText', () => {
  it('writes the mean, its 95% interval and n', () => {
    const score: ReviewedScoreDto = { vendor, status: 'ok', n: 34, mean: 81.25, lower: 76.5, upper: 86.04 };
    expect(reviewedScoreText(score)).toEqual({ value: '81.3', interval: '76.5–86.0', note: null, n: 'n = 34' });
  });

  it('says "Not enough reviews" with n under the minimum, and never a value', () => {
    const score: ReviewedScoreDto = { vendor, status: 'insufficient', n: 7, mean: null, lower: null, upper: null };
    expect(reviewedScoreText(score)).toEqual({ value: null, interval: null, note: NOT_ENOUGH_REVIEWS, n: 'n = 7' });
  });

  it('says "No reviews" for a vendor without any', () => {
    expect(reviewedScoreText(undefined)).toEqual({ value: null, interval: null, note: NO_REVIEWS, n: 'n = 0' });
  });
});
