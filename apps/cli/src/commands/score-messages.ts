import { normaliseLanguageCode, scoreMessage } from '@rapport/scoring';

/** One `score-messages` input line in, one output line out; a bad line yields `{id, error}`. */
export function scoreMessageLine(line: string): string {
  let id: unknown = null;
  try {
    const input: unknown = JSON.parse(line);
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new Error('expected a JSON object {"id", "text", "lang"?}');
    }
    const record = input as Record<string, unknown>;
    id = record['id'] ?? null;
    const text = record['text'];
    const lang = record['lang'];
    if (typeof record['id'] !== 'string') {
      throw new Error('"id" must be a string');
    }
    if (typeof text !== 'string') {
      throw new Error('"text" must be a string');
    }
    if (lang !== undefined && lang !== null && typeof lang !== 'string') {
      throw new Error('"lang" must be a string when given');
    }
    const score = scoreMessage(text, {
      lang: typeof lang === 'string' ? normaliseLanguageCode(lang) : undefined,
    });
    return JSON.stringify({
      id,
      lang: score.lang,
      languageStatus: score.languageStatus,
      courtesy: score.courtesy,
      rudeness: score.rudeness,
      formality: score.formality,
      clarificationRequest: score.clarificationRequest,
      evidence: score.evidence,
    });
  } catch (error) {
    return JSON.stringify({
      id,
      error: error instanceof Error ? error.message : String(error),
    });
  }
}
