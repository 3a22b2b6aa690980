import { MessageAnalysis, PhraseHit } from './analyze-message';

/**
 * Whether a clarification phrase really asks what the agent meant. Not when it is followed by a reason word
 * ("I don't understand why…", "no entiendo por qué…": confusion about the situation) or by a first-person word
 * ("Can you repeat my last order?", "explain my options": a request for something new), and not when a lone
 * interjection opens a message without any question mark ("Huh, that was fast", "Pardon the late reply"); not for a
 * phrase that also voices a complaint ("makes no sense") without a question mark, nor when the phrase takes a new
 * object ("explain the difference between the plans", "repeat the delivery") rather than what the agent said.
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
  const asked = a.ownText.includes('?');
  if (!asked && a.lexicons.some((l) => l.clarificationNeedsQuestion.has(hit.pattern))) {
    return false;
  }
  // Question-word phrases take a clause, not an object ("what do you mean the order was split?"); a modal asking
  // "you" to do something ("could you explain the difference") is not one of them.
  const [first, second] = [a.tokens.words[hit.token] as string, a.tokens.words[hit.token + 1] ?? ''];
  const opensWithQuestionWord = a.lexicons.some((l) => l.questionWords.has(first) && !l.secondPerson.has(second));
  if (
    next !== undefined &&
    !a.tokens.sentenceInitial[hit.tokenEnd] &&
    !opensWithQuestionWord &&
    takesNewObject(a, hit.tokenEnd)
  ) {
    return false;
  }
  const interjection = hit.token === 0 && !/[\s*]/.test(hit.pattern.trim());
  return !interjection || asked;
}

const REFERENT_WINDOW = 3;

/** A determiner right after the phrase, and no word naming what the agent said within the next three words. */
function takesNewObject(a: MessageAnalysis, at: number): boolean {
  const { words, sentenceInitial } = a.tokens;
  if (!a.lexicons.some((l) => l.clarificationDeterminers.has(words[at] as string))) {
    return false;
  }
  for (let k = at + 1; k <= at + REFERENT_WINDOW && k < words.length && !sentenceInitial[k]; k++) {
    if (a.lexicons.some((l) => l.clarificationReferents.has(words[k] as string))) {
      return false;
    }
  }
  return true;
}
