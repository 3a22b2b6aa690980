/**
 * The part of a message its author wrote now: email replies carry the quoted thread and signatures, and
 * scoring them would credit or blame the agent for words from earlier messages or from the customer.
 */

/** A line that starts the quoted thread or a signature: everything from it on is ignored. */
const CUT_MARKERS: readonly RegExp[] = [
  // "On Mon, 3 Jun 2024 at 10:00, Ana <ana@example.com> wrote:" and its translations ("Am … schrieb Ana:").
  /^[ \t]*(?:On|El|Le|Am|Den|Em|Dne|Op|Il)\b[^\n]{4,200}?(?:wrote|escribió|escribio|a écrit|a ecrit|schrieb|skrev|escreveu|napisal|napisala|napisal\(a\)|ha scritto)(?:[^\n]{0,80}:)?:?[ \t]*$/im,
  /^[ \t]*-{2,}[ \t]*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht|Originalmeddelande|Mensagem original|Izvirno sporočilo|Forwarded message|Mensaje reenviado|Message transféré)/im,
  /^[ \t]*(?:From|De|Von|Från|Od|Van):[^\n]*\n(?:[^\n]*\n){0,3}?[ \t]*(?:Sent|Date|Enviado|Fecha|Envoyé|Date|Gesendet|Datum|Skickat|Poslano|Data):/im,
  /^[ \t]*(?:Sent from my|Enviado desde mi|Envoyé de mon|Von meinem|Skickat från min|Enviado do meu|Poslano iz|Get Outlook for)/im,
  // The conventional signature delimiter "-- " on its own line.
  /^-- ?$/m,
];

const QUOTED_LINE = /^[ \t]*>[^\n]*$/gm;

/**
 * Returns the scannable text: same length and offsets as the original up to the first cut marker, with quoted
 * ("> ...") lines blanked out, so evidence offsets stay valid in the original message.
 */
export function ownText(text: string): string {
  if (text.length < 20 || (!text.includes('\n') && !text.includes('>'))) {
    return text;
  }
  let cut = text.length;
  for (const marker of CUT_MARKERS) {
    const found = marker.exec(text);
    if (found && found.index < cut && found.index > 0) {
      cut = found.index;
    }
  }
  const kept = text.slice(0, cut);
  return kept.includes('>')
    ? kept.replace(QUOTED_LINE, (line) => ' '.repeat(line.length))
    : kept;
}
