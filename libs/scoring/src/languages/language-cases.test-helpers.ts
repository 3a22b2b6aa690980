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
  /** Whether the message should be detected as this language (default) or scored with the language given. */
  readonly givenLanguage?: boolean;
  readonly rude?: boolean;
}

/** Runs a language's table: detection, rules with their highlighted spans, formality and rudeness. */
export function describeLanguageCases(
  lang: string,
  cases: readonly LanguageCase[],
): void {
  describe.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const score = scoreMessage(c.text, c.givenLanguage ? { lang } : {});

    it(`is read as ${lang}`, () => {
      expect(score.lang).toBe(lang);
      expect(score.languageStatus).toBe('supported');
    });

    for (const [rule, highlighted] of c.fires ?? []) {
      it(`fires ${rule} on “${highlighted}”`, () => {
        const spans = score.evidence
          .filter((e) => e.rule === rule)
          .map((e) => c.text.slice(e.start, e.end));
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
