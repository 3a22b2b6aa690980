import type { ScorerCardDto } from '@rapport/contracts';
import { scorerCardRows } from './scorer-card-rows';

const CARD: ScorerCardDto = {
  scorerVersion: '2.0.0',
  method: 'Logistic regression.',
  dataCredits: [{ name: 'TyDiP', licence: 'CC BY 4.0', credit: 'Srinivasan & Choi' }],
  entries: [
    {
      lang: 'en',
      dimension: 'courtesy',
      status: 'validated',
      source: 'TyDiP',
      rows: 3853,
      figures: [
        {
          metric: 'ROC AUC',
          model: { value: 0.7251, low: 0.71, high: 0.7412 },
          keyword: { value: 0.574, low: 0.56, high: 0.59 },
          rules: { value: 0.653, low: 0.64, high: 0.67 },
        },
      ],
      calibrationError: 0.0171,
      trainedOn: 'own labels',
    },
    {
      lang: 'sv',
      dimension: 'courtesy',
      status: 'not-validated',
      source: null,
      rows: null,
      figures: [],
      calibrationError: null,
      trainedOn: 'shared weights',
    },
  ],
};

describe('scorerCardRows', () => {
  it('writes each figure with its interval, and says so where a language has no validation', () => {
    expect(scorerCardRows(CARD)).toEqual([
      {
        lang: 'en',
        dimension: 'courtesy',
        source: 'TyDiP, n = 3853',
        metric: 'ROC AUC',
        model: '0.73 (0.71–0.74)',
        keyword: '0.57 (0.56–0.59)',
        rules: '0.65 (0.64–0.67)',
        calibrationError: '0.017',
        trainedOn: 'own labels',
      },
      {
        lang: 'sv',
        dimension: 'courtesy',
        source: 'none in this language',
        metric: 'Not validated',
        model: '—',
        keyword: '—',
        rules: '—',
        calibrationError: '—',
        trainedOn: 'shared weights',
      },
    ]);
  });
});
