import { z } from 'zod';
import { CHANNELS, CSAT_SCALES, ImportFormat, ImportRecordKind } from '@rapport/contracts';
import { CsvFieldSpec, MESSAGE_CSV_FIELDS, SURVEY_CSV_FIELDS, TEXT_ENCODINGS, validateColumnMapping } from '@rapport/ingest-formats';

const names = z.record(z.string().min(1).max(200), z.string().trim().min(1).max(200));

/**
 * Parser options of one import, validated when the job is created and frozen in it, so a resumed import reads the
 * file exactly as the first run did.
 */
export const importOptionsSchema = z
  .object({
    /** Source system stored with each record; conversations and surveys are matched on (source, id). */
    source: z.string().trim().min(1).max(100).optional(),
    /** Vendor slug for records that do not name one (one vendor's export). */
    vendor: z.string().trim().min(1).max(100).optional(),
    redactPii: z.boolean().default(false),
    /** The file's text encoding; `auto` (the default) reads a byte order mark, UTF-16 byte patterns, else UTF-8 with a Windows-1252 fallback. */
    encoding: z.enum(TEXT_ENCODINGS).optional(),
    /** Canonical field → header of this file (CSV formats). */
    columnMapping: names.optional(),
    /** Canonical field → value for fields the file lacks (CSV formats). */
    defaults: z.record(z.string().min(1).max(200), z.string().max(200)).optional(),
    delimiter: z.string().length(1).optional(),
    /** Scale of survey answers that do not give one. */
    defaultScale: z.enum(CSAT_SCALES).optional(),
    /** Twitter brand handle or Zendesk brand → vendor slug. */
    vendorByBrand: names.optional(),
    /** Zendesk group → vendor slug. */
    vendorByGroup: names.optional(),
    /**
     * Create the vendors the file names that do not exist (slug from the name, time zone UTC, country unknown);
     * administrators only, never a vendor-bound writer. Zendesk tickets without a mapped vendor then take their
     * group's (else brand's) name.
     */
    createVendors: z.boolean().optional(),
    /** The Zendesk ticket of a `{"comments": [...]}` page (that answer does not name it); else read from the file name. */
    ticketId: z.string().trim().min(1).max(200).optional(),
    /** Zendesk `via.channel` → channel. */
    channelByVia: z.record(z.string().min(1).max(100), z.enum(CHANNELS)).optional(),
  })
  .strict();
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** CSV formats whose headers a column mapping may rename, with their canonical fields. */
export const MAPPABLE_CSV_FIELDS: Partial<Record<ImportFormat, readonly CsvFieldSpec[]>> = {
  'message-csv': MESSAGE_CSV_FIELDS,
  'survey-csv': SURVEY_CSV_FIELDS,
};

export function recordKindOf(format: ImportFormat): ImportRecordKind {
  return format === 'survey-csv' || format === 'survey-json' ? 'surveys' : 'conversations';
}

/** Problems with a column mapping and defaults for this format; empty when they are fine. */
export function checkColumnMapping(format: ImportFormat, mapping: Record<string, string> | undefined, defaults: Record<string, string> | undefined): string[] {
  const fields = MAPPABLE_CSV_FIELDS[format];
  if (!fields) {
    return mapping || defaults ? [`the ${format} format has fixed fields: column mappings and defaults apply to CSV formats only`] : [];
  }
  const problems = validateColumnMapping(mapping ?? {}, fields);
  for (const field of Object.keys(defaults ?? {})) {
    if (!fields.some((spec) => spec.name === field)) {
      problems.push(`unknown field ${JSON.stringify(field)} in defaults (fields: ${fields.map((spec) => spec.name).join(', ')})`);
    }
  }
  return problems;
}

/** Problems with options for this format, found before any byte is read; empty when they are fine. */
export function checkImportOptions(format: ImportFormat, options: ImportOptions): string[] {
  const problems = checkColumnMapping(format, options.columnMapping, options.defaults);
  if (format === 'survey-csv' && !options.source) {
    problems.push('source is required for survey CSV files: the system the surveyed conversations came from (e.g. csv, zendesk, api)');
  }
  return problems;
}

/** A column mapping saved for reuse (see ColumnMapping). */
export interface SavedMapping {
  format: ImportFormat;
  mapping: Record<string, string>;
  defaults: Record<string, string>;
}

/** Options of a new import: the caller's, laid over a saved column mapping's; every problem is reported at once. */
export function buildImportOptions(
  format: ImportFormat,
  input: unknown,
  savedMapping?: SavedMapping,
): { options: ImportOptions; problems?: undefined } | { problems: string[]; options?: undefined } {
  const parsed = importOptionsSchema.safeParse(input ?? {});
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`) };
  }
  let options = parsed.data;
  if (savedMapping) {
    if (savedMapping.format !== format) {
      return { problems: [`the saved column mapping is for ${savedMapping.format} files, not ${format}`] };
    }
    options = {
      ...options,
      columnMapping: { ...savedMapping.mapping, ...options.columnMapping },
      defaults: { ...savedMapping.defaults, ...options.defaults },
    };
  }
  const problems = checkImportOptions(format, options);
  return problems.length > 0 ? { problems } : { options };
}
