import { MessageAnalysis, PhraseHit } from './analyze-message';

/**
 * Whether a clarification phrase really asks what the agent meant. Not when it is followed by a reason word
 * ("I don't understand why…", "no entiendo por qué…": confusion about the situation) or by a first-person word
 * ("Can you repeat my last order?", "explain my options": a request for something new), and not when a lone
 * interjection opens a message without any question mark ("Huh, that was fast", "Pardon the late reply").
 */
export function asksWhatWasMeant(a: MessageAnalysis, hit: PhraseHit): boolean {
  const next = a.tokens.words[hit.tokenEnd];
  if (
    next !== undefined &&
    !a.tokens.sentenceInitial[hit.tokenEnd] &&
    a.lexicons.some((l) => l.clarificationBlockers.has(next) || l.firstPerson.has(next))
  ) {
    return false;
  }
  const interjection = hit.token === 0 && !/[\s*]/.test(hit.pattern.trim());
  return !interjection || a.ownText.includes('?');
}
