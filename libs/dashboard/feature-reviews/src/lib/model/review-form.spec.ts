import type { AgreementDto, ReviewDto, RubricCriterion } from '@rapport/contracts';
import { agreementRows, initialValues, scaleOptions, toRatings } from './review-form';

const criterion = (key: string): RubricCriterion => ({
  key,
  label: key,
  group: key,
  weight: 1,
  scale: '1-5',
  allowNa: true,
  critical: false,
  description: '',
});

describe('review form model', () => {
  it('offers a scale’s values highest first, and a number field for 0–100', () => {
    expect(scaleOptions('yes-no').map((option) => option.label)).toEqual(['Yes', 'No']);
    expect(scaleOptions('1-3').map((option) => option.value)).toEqual([3, 2, 1]);
    expect(scaleOptions('0-100')).toEqual([]);
  });

  it('starts from the review’s ratings and sends back rated criteria and N/A only', () => {
    const review = {
      ratings: [
        { criterion: 'a', value: 4 },
        { criterion: 'b', value: null },
      ],
    } as ReviewDto;
    const values = initialValues([criterion('a'), criterion('b'), criterion('c')], review);
    expect(values).toEqual({ a: 4, b: 'na', c: '' });
    expect(toRatings(values)).toEqual([
      { criterion: 'a', value: 4 },
      { criterion: 'b', value: null },
    ]);
  });

  it('lists overall agreement per language, weak first, saying when there are not enough reviews', () => {
    const cell = {
      dimension: 'overall',
      vendor: null,
      spearman: { rho: 0.81234, low: 0.7, high: 0.9 },
      kappa: { kappa: 0.7, low: 0.6, high: 0.8 },
      bias: { mean: -2.25, low: -4, high: -1 },
    };
    const agreement = {
      minReviews: 20,
      weakLanguages: ['sl'],
      cells: [
        { ...cell, language: 'en', n: 40, status: 'ok', weak: false },
        { ...cell, language: 'sl', n: 30, status: 'ok', weak: true, spearman: { rho: 0.1, low: -0.2, high: 0.4 } },
        { ...cell, language: 'fr', n: 3, status: 'insufficient', weak: false, spearman: null, kappa: null, bias: null },
        { ...cell, language: 'en', n: 20, status: 'ok', weak: false, vendor: { id: 'v', slug: 'v', name: 'V' } },
        { ...cell, dimension: 'courtesy', language: 'en', n: 40, status: 'ok', weak: false },
      ],
    } as AgreementDto;
    expect(agreementRows(agreement)).toEqual([
      { language: 'sl', n: 30, spearman: '0.10', kappa: '0.70', bias: '-2.3', weak: true },
      { language: 'en', n: 40, spearman: '0.81', kappa: '0.70', bias: '-2.3', weak: false },
      { language: 'fr', n: 3, spearman: 'not enough reviews', kappa: '—', bias: '—', weak: false },
    ]);
  });
});
