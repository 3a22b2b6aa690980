import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { ColumnMappingDto, ColumnMappingInput, ImportFormat } from '@rapport/contracts';
import { IMPORT_ENCODINGS, type ImportEncoding, type ImportFormatInfo, type ImportUpload } from '@rapport/dashboard-data-access';
import { FileDropZone, type SelectOption } from '@rapport/dashboard-ui';
import { applySavedMapping, defaultsToSend, mappingToSend, missingRequired, suggestMapping } from '../model/column-mapping';
import { readCsvHeader } from '../model/csv-header';
import { ENCODING_CHOICES, FORMAT_LABELS, formatBytes, guessFormat } from '../model/upload-choices';
import { readText } from './read-text';

const isImportEncoding = (value: string): boolean => (IMPORT_ENCODINGS as readonly string[]).includes(value);

/** Enough of a file to hold its header row, however wide. */
const HEADER_BYTES = 64 * 1024;

/**
 * Choose a file or several (drop or dialog; several files or a zip are one import), its format and, for CSV formats, which of its columns hold which field. The
 * header row is read in the browser so the columns can be picked from the file's own names.
 */
@Component({
  selector: 'rp-upload-form',
  imports: [FileDropZone],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './upload-form.html',
  styleUrl: './upload-form.scss',
})
export class UploadForm {
  readonly formats = input.required<readonly ImportFormatInfo[]>();
  readonly mappings = input.required<readonly ColumnMappingDto[]>();
  readonly vendors = input.required<readonly SelectOption[]>();
  /** An import is being sent or followed: starting another waits. */
  readonly busy = input(false);
  readonly mappingSaved = input<string | null>(null);
  readonly started = output<ImportUpload>();
  readonly saveMapping = output<ColumnMappingInput>();

  protected readonly formatLabel = (format: ImportFormat) => FORMAT_LABELS[format];
  protected readonly file = signal<File | null>(null);
  /** The other files chosen with `file`, sent with it as one import (a Zendesk export's pages, zips). */
  protected readonly moreFiles = signal<readonly File[]>([]);
  protected readonly headers = signal<string[]>([]);
  private readonly delimiter = signal(',');
  protected readonly format = signal<ImportFormat | ''>('');
  protected readonly source = signal('');
  /** Zendesk comments pages only: the ticket they belong to, unless the file name says it (`tickets-123-comments.json`). */
  protected readonly ticketId = signal('');
  protected readonly vendor = signal('');
  protected readonly redactPii = signal(false);
  protected readonly createVendors = signal(false);
  /** '' lets the server detect the encoding. */
  protected readonly encoding = signal<string>('');
  protected readonly encodings = ENCODING_CHOICES;
  protected readonly savedMappingId = signal('');
  protected readonly chosen = signal<Record<string, string>>({});
  protected readonly defaults = signal<Record<string, string>>({});
  protected readonly mappingName = signal('');

  protected readonly info = computed(() => this.formats().find((item) => item.format === this.format()) ?? null);
  protected readonly mappable = computed(() => this.info()?.mappable === true);
  protected readonly fileLabel = computed(() => {
    const file = this.file();
    if (!file) {
      return null;
    }
    const files = [file, ...this.moreFiles()];
    const bytes = formatBytes(files.reduce((sum, one) => sum + one.size, 0));
    return files.length > 1 ? `${files.length} files: ${files.map((one) => one.name).join(', ')} (${bytes})` : `${file.name} (${bytes})`;
  });
  protected readonly savedForFormat = computed(() => this.mappings().filter((mapping) => mapping.format === this.format()));
  protected readonly missing = computed(() => (this.mappable() ? missingRequired(this.info()?.fields ?? [], this.chosen(), this.defaults(), this.vendor() || null) : []));
  protected readonly needsSource = computed(() => this.format() === 'survey-csv' && this.source().trim() === '');
  protected readonly problems = computed(() => {
    const problems: string[] = [];
    if (!this.file()) {
      problems.push('Choose a file.');
    }
    if (!this.format()) {
      problems.push('Choose the file’s format.');
    }
    if (this.missing().length > 0) {
      problems.push(`Choose a column or a value for: ${this.missing().join(', ')}.`);
    }
    if (this.needsSource()) {
      problems.push('Survey CSV files need the source system of the surveyed conversations.');
    }
    return problems;
  });

  protected fileChosen(file: File): void {
    this.file.set(file);
    this.moreFiles.set([]);
    this.headers.set([]);
    this.delimiter.set(',');
    const guessed = guessFormat(file.name);
    if (guessed && this.formats().some((item) => item.format === guessed)) {
      this.format.set(guessed);
    }
    readText(file.slice(0, HEADER_BYTES)).then(
      (text) => {
        // A later choice wins over a slow read of an earlier file.
        if (this.file() === file) {
          const header = readCsvHeader(text);
          this.headers.set(header.headers);
          this.delimiter.set(header.delimiter);
          this.resetMapping();
        }
      },
      // Unreadable here (permissions, a vanished file): the mapping falls back to the fields' own names.
      () => this.resetMapping(),
    );
  }

  /** Every file chosen at once: the first was taken by `fileChosen` (format guess, CSV header); the rest go with it. */
  protected filesChosen(files: readonly File[]): void {
    if (files[0] === this.file()) {
      this.moreFiles.set(files.slice(1));
    }
  }

  protected formatChosen(format: string): void {
    this.format.set(format as ImportFormat | '');
    this.savedMappingId.set('');
    this.resetMapping();
  }

  protected savedMappingChosen(id: string): void {
    this.savedMappingId.set(id);
    const saved = this.mappings().find((mapping) => mapping.id === id);
    const suggested = suggestMapping(this.info()?.fields ?? [], this.headers());
    this.chosen.set(saved ? applySavedMapping(suggested, saved.mapping) : suggested);
    this.defaults.set(saved ? { ...saved.defaults } : {});
  }

  protected setColumn(field: string, header: string): void {
    this.chosen.update((chosen) => ({ ...chosen, [field]: header }));
  }

  protected setDefault(field: string, value: string): void {
    this.defaults.update((defaults) => ({ ...defaults, [field]: value }));
  }

  protected start(): void {
    const file = this.file();
    const format = this.format();
    if (!file || !format || this.problems().length > 0 || this.busy()) {
      return;
    }
    this.started.emit({
      file,
      ...(this.moreFiles().length > 0 ? { moreFiles: this.moreFiles() } : {}),
      format,
      source: this.source().trim() || undefined,
      vendor: this.vendor() || undefined,
      redactPii: this.redactPii(),
      ...(this.createVendors() ? { createVendors: true } : {}),
      ...(format === 'zendesk' && /^\d+$/.test(this.ticketId().trim()) ? { ticketId: this.ticketId().trim() } : {}),
      ...(isImportEncoding(this.encoding()) ? { encoding: this.encoding() as ImportEncoding } : {}),
      ...(this.mappable() ? { columnMapping: mappingToSend(this.chosen()), defaults: defaultsToSend(this.defaults()), delimiter: this.delimiter() } : {}),
    });
  }

  protected save(): void {
    const format = this.format();
    const name = this.mappingName().trim();
    if ((format !== 'message-csv' && format !== 'survey-csv') || !name) {
      return;
    }
    this.saveMapping.emit({ name, format, mapping: mappingToSend(this.chosen()), defaults: defaultsToSend(this.defaults()) });
  }

  private resetMapping(): void {
    this.chosen.set(suggestMapping(this.info()?.fields ?? [], this.headers()));
    this.defaults.set({});
  }
}
