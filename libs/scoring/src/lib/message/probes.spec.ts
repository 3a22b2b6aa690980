import { DE_PROBES } from '../../languages/de/de.probes.fixtures';
import { EN_PROBES } from '../../languages/en/en.probes.fixtures';
import { ES_PROBES } from '../../languages/es/es.probes.fixtures';
import { FR_PROBES } from '../../languages/fr/fr.probes.fixtures';
import { pairwiseAuc, Probes } from '../../languages/probes.test-helpers';
import { PT_PROBES } from '../../languages/pt/pt.probes.fixtures';
import { SL_PROBES } from '../../languages/sl/sl.probes.fixtures';
import { SV_PROBES } from '../../languages/sv/sv.probes.fixtures';
import { SCORED_LANGUAGES } from '../language/lexicons';
import { scoreMessage } from './score-message';

/** Every supported language separates its own rude and polite probes equally well. */
const MIN_AUC = 0.95;
const MIN_PROBES = 30;

const PROBES: Record<string, Probes> = {
  en: EN_PROBES,
  es: ES_PROBES,
  pt: PT_PROBES,
  fr: FR_PROBES,
  de: DE_PROBES,
  sv: SV_PROBES,
  sl: SL_PROBES,
};

it('every supported language has probes of its own', () => {
  expect(Object.keys(PROBES).sort()).toEqual([...SCORED_LANGUAGES].sort());
});

describe.each(Object.entries(PROBES))('%s probes', (lang, probes) => {
  const score = (texts: readonly string[]) => texts.map((t) => scoreMessage(t, { lang }));
  const rude = score(probes.rude);
  const polite = score(probes.polite);

  it(`has at least ${MIN_PROBES} rude and ${MIN_PROBES} polite probes, all distinct`, () => {
    expect(probes.rude.length).toBeGreaterThanOrEqual(MIN_PROBES);
    expect(probes.polite.length).toBeGreaterThanOrEqual(MIN_PROBES);
    expect(new Set([...probes.rude, ...probes.polite]).size).toBe(probes.rude.length + probes.polite.length);
  });

  it(`rudeness separates rude from polite probes with AUC ≥ ${MIN_AUC}`, () => {
    const auc = pairwiseAuc(
      rude.map((s) => s.rudeness ?? NaN),
      polite.map((s) => s.rudeness ?? NaN),
    );
    expect(auc).toBeGreaterThanOrEqual(MIN_AUC);
  });

  it(`courtesy separates polite from rude probes with AUC ≥ ${MIN_AUC}`, () => {
    const auc = pairwiseAuc(
      polite.map((s) => s.courtesy ?? NaN),
      rude.map((s) => s.courtesy ?? NaN),
    );
    expect(auc).toBeGreaterThanOrEqual(MIN_AUC);
  });
});
