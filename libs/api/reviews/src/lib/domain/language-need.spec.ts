import { adaptive, SamplingCandidate } from './sampling';
import { languageNeedOf, NEED_FLOOR } from './language-need';

const pool = (language: string, count: number): SamplingCandidate[] =>
  Array.from({ length: count }, (_, i) => ({
    conversationId: `${language}-${i}`,
    vendorId: 'v1',
    day: '2026-03-02',
    language,
    channel: 'chat',
    overall: 50,
    csat: 50,
  }));

describe('languageNeedOf', () => {
  it('needs 1 while a language has fewer reviews than the minimum, whatever its statistics', () => {
    const need = languageNeedOf([{ language: 'de', n: 29, rho: 0.95, kappa: 0.95 }], 30);
    expect(need.get('de')).toBe(1);
  });

  it('needs 1 when the agreement cannot be computed (no rho, no kappa)', () => {
    expect(languageNeedOf([{ language: 'de', n: 50, rho: null, kappa: null }], 30).get('de')).toBe(1);
  });

  it('grows as the weaker of rho and kappa falls', () => {
    const need = languageNeedOf(
      [
        { language: 'en', n: 80, rho: 0.9, kappa: 0.85 },
        { language: 'es', n: 80, rho: 0.6, kappa: 0.7 },
        { language: 'sl', n: 80, rho: 0.2, kappa: 0.35 },
      ],
      30,
    );
    expect(need.get('en')).toBeCloseTo(0.15, 12);
    expect(need.get('es')).toBeCloseTo(0.4, 12);
    expect(need.get('sl')).toBeCloseTo(0.8, 12);
  });

  it('keeps a floor for perfect agreement and a ceiling of 1 for negative agreement', () => {
    const need = languageNeedOf(
      [
        { language: 'en', n: 80, rho: 1, kappa: 1 },
        { language: 'sl', n: 80, rho: -0.5, kappa: 0.1 },
      ],
      30,
    );
    expect(need.get('en')).toBe(NEED_FLOOR);
    expect(need.get('sl')).toBe(1);
  });

  it('makes the adaptive rule oversample the weakly confirmed language, the same way every time', () => {
    const need = languageNeedOf(
      [
        { language: 'en', n: 80, rho: 0.8, kappa: 0.8 },
        { language: 'sl', n: 80, rho: 0.2, kappa: 0.3 },
      ],
      30,
    );
    const candidates = [...pool('en', 100), ...pool('sl', 100)];
    const picked = adaptive(candidates, 50, need);
    // Needs 0.2 and 0.8: draws in proportion 1 : 4 (highest averages), 10 and 40 of 50.
    const count = (language: string) => picked.filter((item) => item.candidate.language === language).length;
    expect([count('en'), count('sl')]).toEqual([10, 40]);
    expect(adaptive(candidates, 50, need).map((item) => item.candidate.conversationId)).toEqual(
      picked.map((item) => item.candidate.conversationId),
    );
  });
});
