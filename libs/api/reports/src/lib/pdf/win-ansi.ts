/**
 * The standard PDF fonts carry WinAnsi characters only. Method notes and names may hold mathematical symbols and
 * scripts outside it; they are spelled out rather than printed as empty boxes.
 */
const SPELLED: Readonly<Record<string, string>> = {
  '≥': '>=', '≤': '<=', '≠': '!=', '≈': '~', '√': 'sqrt', 'Σ': 'sum ', '∑': 'sum ', '−': '-', '∞': 'infinity', '→': '->', '←': '<-',
  '⇔': '<=>', '·': '·', 'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'δ': 'delta', 'ε': 'epsilon', 'κ': 'kappa', 'λ': 'lambda',
  'μ': 'mu', 'ν': 'nu', 'π': 'pi', 'ρ': 'rho', 'σ': 'sigma', 'τ': 'tau', 'φ': 'phi', 'χ': 'chi', 'ψ': 'psi', 'ω': 'omega',
  'ₐ': 'a', 'ᵦ': 'b', 'ₖ': 'k', 'ᵢ': 'i', 'ⱼ': 'j', 'ₛ': 's', '₍': '(', '₎': ')', '⁻': '-', '\u2009': ' ', '\u202f': ' ',
};
const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// WinAnsi's characters above Latin-1's printable range.
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

export function toWinAnsi(value: string): string {
  let out = '';
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(character) || character === '\n') {
      out += character;
    } else if (SPELLED[character] !== undefined) {
      out += SPELLED[character];
    } else if (SUBSCRIPT_DIGITS.includes(character)) {
      out += String(SUBSCRIPT_DIGITS.indexOf(character));
    } else if (SUPERSCRIPT_DIGITS.includes(character)) {
      out += `^${SUPERSCRIPT_DIGITS.indexOf(character)}`;
    } else {
      out += '?';
    }
  }
  return out;
}
