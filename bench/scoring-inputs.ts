/** The benchmark's inputs, shared by bench/scoring.bench.ts and bench/scoring-output-checksum.ts. */
import { NativeConversation } from '@rapport/contracts';
import {
  CONTEXT_EXCERPT_SET,
  LabelledText,
  NOISY_CHAT_SET,
  SUPPORTED_CHAT_SET,
  UNSUPPORTED_SET,
} from '../libs/scoring/src/lib/language/language-id.fixtures';

/** Distinct inputs: single messages plus two-message combinations, like chat lines and short emails. */
export function benchMessageTexts(): string[] {
  const singles: LabelledText[] = [
    ...SUPPORTED_CHAT_SET,
    ...NOISY_CHAT_SET,
    ...CONTEXT_EXCERPT_SET,
    ...UNSUPPORTED_SET,
  ];
  const texts = singles.map((s) => s.text);
  for (let i = 0; i < SUPPORTED_CHAT_SET.length; i++) {
    const a = SUPPORTED_CHAT_SET[i] as LabelledText;
    const b = SUPPORTED_CHAT_SET[(i * 7 + 3) % SUPPORTED_CHAT_SET.length] as LabelledText;
    if (a.lang === b.lang) {
      texts.push(`${a.text}. ${b.text}`);
    }
    texts.push(`${a.text}. ${(SUPPORTED_CHAT_SET[(i + 1) % SUPPORTED_CHAT_SET.length] as LabelledText).text}`);
  }
  return texts;
}

export function benchConversations(): NativeConversation[] {
  const byLang = new Map<string, string[]>();
  SUPPORTED_CHAT_SET.forEach((m) => byLang.set(m.lang, [...(byLang.get(m.lang) ?? []), m.text]));
  const out: NativeConversation[] = [];
  const start = Date.parse('2024-06-03T08:00:00Z');
  let n = 0;
  byLang.forEach((texts, lang) => {
    for (let c = 0; c < 40; c++) {
      const length = 4 + (c % 9);
      const messages = Array.from({ length }, (_, i) => ({
        role: i % 2 === 0 ? ('customer' as const) : ('agent' as const),
        at: new Date(start + n * 3_600_000 + i * 45_000 * (1 + (c % 4))).toISOString(),
        text: texts[(c * 5 + i * 3) % texts.length] as string,
      }));
      out.push({
        source: 'bench',
        externalId: `${lang}-${c}`,
        vendor: 'bench',
        channel: c % 3 === 0 ? 'email' : 'chat',
        createdAt: messages[0]?.at ?? '',
        messages,
      });
      n++;
    }
  });
  return out;
}
