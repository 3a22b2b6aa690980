import type { ImportFormat } from '@rapport/contracts';
import type { ParsedRecord, ParseStream } from '@rapport/ingest-formats';
import { ImportItem, openImportStream } from './import-formats';
import type { ImportOptions } from './import-options';
import { ImportPart, openPart } from './import-parts';
import { TempFileIdStore } from './temp-file-id-store';

/** The ticket a comments page belongs to, from a file name like `tickets-123-comments.json` or `ticket_123.json`. */
export function ticketIdOfFileName(name: string): string | undefined {
  return /tickets?[-_ .]?(\d+)/i.exec(name)?.[1];
}

/**
 * The records of every part, one file after the other in the job's order, so a record's ordinal (the resume cursor)
 * means the same on every run. Rejections and notices name their file when there are several. A fatal error
 * (a file that is not JSON) ends its own file only: it is reported as that file's last error and the next file
 * is read; with a single file it stops the import as before.
 */
export function openPartsStream(
  format: ImportFormat,
  parts: readonly ImportPart[],
  options: ImportOptions,
  idsInMemory: number,
): ParseStream<ImportItem> & { close(): void } {
  const several = parts.length > 1;
  let done = 0;
  let current: ParseStream<ImportItem> | undefined;
  const open: { close(): void }[] = [];
  async function* records(): AsyncGenerator<ParsedRecord<ImportItem>> {
    for (const part of parts) {
      const file = await openPart(part);
      const ids = new TempFileIdStore();
      open.push({ close: () => (file.destroy(), ids.close()) });
      const ticketId = options.ticketId ?? ticketIdOfFileName(part.name.slice(part.name.lastIndexOf('/') + 1));
      current = openImportStream(
        format,
        file,
        { ...options, ...(ticketId ? { ticketId } : {}) },
        {
          store: ids,
          maxIdsInMemory: idsInMemory,
        },
      );
      for await (const record of current) {
        yield several ? namedFile(record, part.name) : record;
        if (record.kind === 'error' && record.fatal) {
          break;
        }
      }
      done += part.bytes;
      current = undefined;
      file.destroy();
      ids.close();
    }
  }
  return {
    get bytesConsumed(): number {
      return done + (current?.bytesConsumed ?? 0);
    },
    [Symbol.asyncIterator]: records,
    close: () => open.forEach((one) => one.close()),
  };
}

function namedFile(record: ParsedRecord<ImportItem>, name: string): ParsedRecord<ImportItem> {
  if (record.kind === 'ok') {
    return record;
  }
  // The parsers' reasons already name the item and its ticket ("ticket 3 (id 118): ...").
  const where = `file ${name}: `;
  if (record.kind === 'notice') {
    return { ...record, notice: { ...record.notice, reason: where + record.notice.reason } };
  }
  const reason = `${where}${record.error.reason}${record.fatal ? ' (the rest of this file was not read)' : ''}`;
  // Another file follows: the import goes on with it.
  return {
    kind: 'error',
    error: { ...record.error, reason },
    ...(record.item !== undefined ? { item: record.item } : {}),
  };
}
