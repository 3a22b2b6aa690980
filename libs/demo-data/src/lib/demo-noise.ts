import type { Channel } from '@rapport/contracts';
import type { SeededRandom } from './random';

/**
 * Desks that answer some languages through machine translation, per vendor and customer language: the offshore
 * desk for its European languages, the others for their smallest language. Their replies carry what such text
 * carries in real transcripts (see the machine-translated help-desk article the README cites): words glued
 * together, "XNUMX" number placeholders, idioms translated word for word and the wrong register.
 */
export const MACHINE_TRANSLATION_SHARE: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  'manila-desk': { de: 0.3, fr: 0.3, sv: 0.3 },
  'andes-support': { pt: 0.25 },
  'lisboa-contact': { fr: 0.2 },
  'alpen-service': { sl: 0.15 },
  'nordic-care': { de: 0.2 },
};

/**
 * Share of conversations that arrive without a declared language, per channel: social posts and forwarded emails
 * rarely carry one, chat widgets usually do. The product then has to detect the language itself.
 */
export const UNDECLARED_LANGUAGE_SHARE: Readonly<Partial<Record<Channel, number>>> = {
  social: 0.6,
  email: 0.25,
  'phone-notes': 0.25,
  chat: 0.05,
};

/** Idioms as a machine renders them word for word ("a piece of cake", "keep our fingers crossed"). */
const LITERAL_IDIOMS: Readonly<Record<string, readonly string[]>> = {
  es: ['No se preocupe, esto es un pedazo de pastel.', 'Mantenemos los dedos cruzados para usted.'],
  pt: ['Não se preocupe, isto é um pedaço de bolo.', 'Mantemos os dedos cruzados para si.'],
  fr: ["Ne vous inquiétez pas, c'est un morceau de gâteau.", 'Nous gardons nos doigts croisés pour vous.'],
  de: ['Keine Sorge, das ist ein Stück Kuchen.', 'Wir halten die Finger gekreuzt für Sie.'],
  sv: ['Oroa dig inte, det här är en bit av kaka.', 'Vi håller fingrarna korsade för dig.'],
  sl: ['Ne skrbite, to je kos torte.', 'Držimo prste prekrižane za vas.'],
  en: ['Do not worry, this is a piece of cake.', 'We keep the fingers crossed for you.'],
};

/**
 * The register a translation engine picks when it ignores the market's norm: the familiar form where the V form
 * is expected (German, French, Spanish, Slovenian) and the distant "Ni" where Swedish service says "du".
 */
const REGISTER_SWAPS: Readonly<Record<string, ReadonlyArray<readonly [RegExp, string]>>> = {
  de: [[/\bSie\b/g, 'du'], [/\bIhnen\b/g, 'dir'], [/\bIhre\b/g, 'deine'], [/\bIhr\b/g, 'dein']],
  fr: [[/\bvous\b/g, 'tu'], [/\bvotre\b/g, 'ton'], [/\bVous\b/g, 'Tu']],
  es: [[/\ble ayudo\b/g, 'te ayudo'], [/\busted\b/g, 'tú'], [/\bsu\b/g, 'tu'], [/\bdisculpe\b/g, 'disculpa']],
  sl: [[/\bvam\b/g, 'ti'], [/\bVašo\b/g, 'Tvojo'], [/\bste\b/g, 'si']],
  sv: [[/\bdu\b/g, 'Ni'], [/\bdig\b/g, 'Er'], [/\bdin\b/g, 'Er']],
  pt: [[/\bterei todo o gosto\b/g, 'estou feliz'], [/\bPode, por favor,\b/g, 'Você pode']],
};

/** Removes the space after up to two sentence or clause marks, and between one pair of words. */
function glue(text: string, random: SeededRandom): string {
  let glued = text;
  let marks = 0;
  glued = glued.replace(/([.,:;]) (?=\p{L})/gu, (match, mark: string) => (marks++ < 2 ? mark : match));
  const spaces = [...glued.matchAll(/(?<=\p{L}) (?=\p{L})/gu)].map((found) => found.index);
  if (spaces.length > 0) {
    const at = random.pick(spaces);
    glued = glued.slice(0, at) + glued.slice(at + 1);
  }
  return glued;
}

/** An agent's reply as a translation engine would have produced it in `language`. */
export function machineTranslated(text: string, language: string, random: SeededRandom): string {
  let noisy = text;
  for (const [pattern, replacement] of REGISTER_SWAPS[language] ?? []) {
    noisy = noisy.replace(pattern, replacement);
  }
  // The engine's placeholder for numbers it did not carry over, as in the machine-translated article.
  noisy = noisy.replace(/\b\d+(?:[-–]\d+)?\b/g, (found) => (random.chance(0.5) ? 'XNUMX' : found));
  noisy = glue(noisy, random);
  const idioms = LITERAL_IDIOMS[language];
  return idioms && random.chance(0.6) ? `${noisy} ${random.pick(idioms)}` : noisy;
}
