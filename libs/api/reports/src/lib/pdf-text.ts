import { inflateSync } from 'node:zlib';

const STREAM = /obj\s*<<([^]*?)>>\s*stream\r?\n/g;
const SHOW_TEXT = /\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g;
const HEX = /<([0-9a-fA-F]*)>/g;

// WinAnsi differs from Latin-1 in 0x80–0x9F, where the standard fonts keep dashes, quotes and the ellipsis.
const WIN_ANSI: Readonly<Record<number, string>> = { 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };

function decodeHex(hex: string): string {
  return Array.from(Buffer.from(hex, 'hex'), (byte) => WIN_ANSI[byte] ?? String.fromCharCode(byte)).join('');
}

/**
 * The text our generated PDFs show, one line per text operation, read from their (optionally deflated) content
 * streams. Enough for the standard fonts pdfkit writes as hex strings; not a general PDF parser.
 */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const lines: string[] = [];
  for (const match of source.matchAll(STREAM)) {
    const dictionary = match[1] ?? '';
    const length = Number(/\/Length (\d+)/.exec(dictionary)?.[1] ?? NaN);
    if (!Number.isFinite(length)) {
      continue;
    }
    const start = (match.index ?? 0) + match[0].length;
    const raw = pdf.subarray(start, start + length);
    if (/\/Subtype\s*\/(Image|Type1C|CIDFontType0C)/.test(dictionary)) {
      continue;
    }
    const content = /\/FlateDecode/.test(dictionary) ? inflateSync(raw).toString('latin1') : raw.toString('latin1');
    for (const shown of content.matchAll(SHOW_TEXT)) {
      const pieces = shown[1] !== undefined ? [...shown[1].matchAll(HEX)].map((piece) => piece[1] ?? '') : [shown[2] ?? ''];
      lines.push(pieces.map(decodeHex).join(''));
    }
  }
  return lines.join('\n');
}
