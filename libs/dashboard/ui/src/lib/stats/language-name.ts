const NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** A language code as its English name ('de' → 'German'); unknown codes stay as they are. */
export function languageName(code: string): string {
  try {
    return NAMES.of(code) ?? code;
  } catch {
    // Intl throws on strings that are not language tags at all.
    return code;
  }
}
