import { copyInt32Array, Int32Scratch, newInt32Array } from '../util/typed-slab';

/**
 * Matching works on a folded copy of the text (lowercase, no accents, typographic quotes unified) while
 * evidence must point into the original text, so every folded character remembers its original offset.
 */
export interface FoldedText {
  /** Folded text; may be longer than the original when one character folds to two (ß → ss). */
  readonly folded: string;
  /** For each folded UTF-16 index, the original UTF-16 index; one extra entry maps the end. */
  readonly originalIndex: Int32Array;
}

const SPECIAL_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  ı: 'i',
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '¿': ' ',
  '¡': ' ',
};

/** Fold table for the Latin blocks, built once: index = UTF-16 code unit, value = folded string. */
const LATIN_FOLD: string[] = buildLatinFold(0x250);

function buildLatinFold(limit: number): string[] {
  const table: string[] = [];
  for (let code = 0; code < limit; code++) {
    const ch = String.fromCharCode(code);
    const lower = ch.toLowerCase();
    const special = SPECIAL_FOLDS[lower];
    table.push(special ?? lower.normalize('NFD').replace(/\p{Mn}/gu, ''));
  }
  return table;
}

/** 1 where a Latin-block character folds to itself (lowercase letters without accents, digits, most marks). */
const LATIN_UNCHANGED: Uint8Array = Uint8Array.from(LATIN_FOLD, (f, code) =>
  f.length === 1 && f.charCodeAt(0) === code ? 1 : 0,
);

function foldChar(ch: string, code: number): string {
  if (code < LATIN_FOLD.length) {
    return LATIN_FOLD[code] as string;
  }
  const special = SPECIAL_FOLDS[ch];
  if (special !== undefined) {
    return special;
  }
  // Combining marks typed separately (decomposed input) fold to nothing, like precomposed accents.
  if (code >= 0x300 && code < 0x370) {
    return '';
  }
  return ch.toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Offsets are built here, then copied out at their final length: one array per text, not one per doubling. */
const INDEX_SCRATCH = new Int32Scratch(1024);

export function foldText(text: string): FoldedText {
  // Fast path: plain ASCII folds by lowercasing alone, one character to one.
  if (!NON_ASCII.test(text)) {
    const originalIndex = newInt32Array(text.length + 1);
    for (let i = 0; i <= text.length; i++) {
      originalIndex[i] = i;
    }
    return { folded: text.replace(/`/g, "'").toLowerCase(), originalIndex };
  }
  // Unchanged characters are copied in runs (text.slice), changed ones appended; offsets go into a typed array
  // that grows when folds lengthen the text (ß → ss).
  let folded = '';
  let index = INDEX_SCRATCH.get(text.length + 16);
  let length = 0;
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < LATIN_FOLD.length && LATIN_UNCHANGED[code] === 1) {
      if (length === index.length) {
        index = grow(index, length + 1);
      }
      index[length++] = i;
      continue;
    }
    const isHighSurrogate = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
    // Astral characters (emoji, rare scripts) never take part in word matching: a space keeps words apart.
    const replacement = isHighSurrogate ? ' ' : foldChar(text[i] as string, code);
    folded += text.slice(runStart, i) + replacement;
    if (length + replacement.length >= index.length) {
      index = grow(index, length + replacement.length + 1);
    }
    for (let k = 0; k < replacement.length; k++) {
      index[length++] = i;
    }
    if (isHighSurrogate) {
      i++;
    }
    runStart = i + 1;
  }
  folded += text.slice(runStart);
  if (length === index.length) {
    index = grow(index, length + 1);
  }
  index[length++] = text.length;
  return { folded, originalIndex: copyInt32Array(index, length) };
}

/** The scratch array at `length` elements or more, keeping its first contents. */
function grow(index: Int32Array, length: number): Int32Array {
  const bigger = INDEX_SCRATCH.get(length);
  if (bigger !== index) {
    bigger.set(index);
  }
  return bigger;
}
