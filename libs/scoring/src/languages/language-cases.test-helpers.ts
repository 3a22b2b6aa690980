import { Formality } from '@rapport/contracts';
import { RuleId } from '../lib/evidence';
import { scoreMessage } from '../lib/message/score-message';
import { RUDE_MESSAGE_PROBABILITY } from '../lib/model/rule-weights';

/** One row of a language's table: what a message must (and must not) trigger. */
export interface LanguageCase {
  readonly text: string;
  /** Rules that must fire, each with the exact original text it must highlight: [rule, highlighted]. */
  readonly fires?: readonly (readonly [RuleId, string])[];
  readonly notFires?: readonly RuleId[];
  readonly formality?: Formality;
  /**
   * Scored with the language given (as for a conversation whose language is known) rather than detected: for
   * messages too short to identify. Detection is then not claimed, and the case must say what it expects instead.
   */
  readonly givenLanguage?: boolean;
  readonly rude?: boolean;
}

/** Runs a language's table: detection, rules with their highlighted spans, formality and rudeness. */
export function describeLanguageCases(lang: string, cases: readonly LanguageCase[]): void {
  describe.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const score = scoreMessage(c.text, c.givenLanguage ? { lang } : {});

    if (c.givenLanguage) {
      // The language was passed in: reading it back would prove nothing, so the case must check rules or register.
      it('expects something of the scoring in the language given', () => {
        expect(
          (c.fires?.length ?? 0) +
            (c.notFires?.length ?? 0) +
            (c.formality === undefined ? 0 : 1) +
            (c.rude === undefined ? 0 : 1),
        ).toBeGreaterThan(0);
      });
    } else {
      it(`is detected as ${lang}`, () => {
        expect(score.lang).toBe(lang);
        expect(score.languageStatus).toBe('supported');
      });
    }

    for (const [rule, highlighted] of c.fires ?? []) {
      it(`fires ${rule} on “${highlighted}”`, () => {
        const spans = score.evidence.filter((e) => e.rule === rule).map((e) => c.text.slice(e.start, e.end));
        expect(spans).toContain(highlighted);
      });
    }
    for (const rule of c.notFires ?? []) {
      it(`does not fire ${rule}`, () => {
        expect(score.evidence.map((e) => e.rule)).not.toContain(rule);
      });
    }
    if (c.formality !== undefined) {
      it(`reads the register as ${c.formality}`, () => {
        expect(score.formality).toBe(c.formality);
      });
    }
    if (c.rude !== undefined) {
      it(c.rude ? 'counts as rude' : 'does not count as rude', () => {
        expect((score.rudeness ?? 0) >= RUDE_MESSAGE_PROBABILITY).toBe(c.rude);
      });
    }
  });
}
