import type { ImportFormat } from '@rapport/contracts';

/** What each format is called in forms and tables. */
export const FORMAT_LABELS: Record<ImportFormat, string> = {
  jsonl: 'JSON Lines (native conversations)',
  'message-csv': 'CSV, one message per row',
  twcs: 'Twitter customer support CSV',
  zendesk: 'Zendesk ticket export (JSON)',
  'survey-csv': 'CSAT surveys (CSV)',
  'survey-json': 'CSAT surveys (JSON)',
};

/** The encodings the import form offers; '' lets the server detect it (byte order mark, UTF-16, UTF-8 or Windows-1252). */
export const ENCODING_CHOICES: ReadonlyArray<{ value: string; label: string }> = [
  { value: '', label: 'Detect automatically' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'windows-1252', label: 'Windows-1252 (Latin-1)' },
  { value: 'utf-16le', label: 'UTF-16 little-endian' },
  { value: 'utf-16be', label: 'UTF-16 big-endian' },
];

/** The format a file's name suggests; the user can always pick another. */
export function guessFormat(fileName: string): ImportFormat | null {
  const name = fileName.toLowerCase();
  if (name.endsWith('.jsonl') || name.endsWith('.ndjson')) {
    return 'jsonl';
  }
  if (name.endsWith('.csv')) {
    if (/csat|survey|satisfaction/.test(name)) {
      return 'survey-csv';
    }
    return /twcs|twitter/.test(name) ? 'twcs' : 'message-csv';
  }
  if (name.endsWith('.json')) {
    return /csat|survey|satisfaction/.test(name) ? 'survey-json' : 'zendesk';
  }
  return null;
}

/** A file size people read: "820 B", "14.2 KB", "3.1 MB", "1.2 GB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}
