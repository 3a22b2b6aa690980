import { HttpBackend, HttpClient, type HttpEvent, HttpHeaders, HttpXhrBackend, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type { ColumnMappingDto, ColumnMappingInput, ImportErrorDto, ImportFormat, ImportJobDto } from '@rapport/contracts';
import type { Observable } from 'rxjs';
import { toHttpParams } from '../http/query-params';

/** What `GET /api/imports/formats` says about a format (the API's ImportFormatDescription). */
export interface ImportFormatInfo {
  format: ImportFormat;
  records: 'conversations' | 'surveys';
  description: string;
  /** CSV columns: canonical name, whether the file must have it, what it holds. */
  fields: Array<{ name: string; required: boolean; description: string }>;
  /** Headers can be renamed with a column mapping. */
  mappable: boolean;
}

export interface ImportPage<T> {
  items: T[];
  total: number;
}

/** A file to import and how to read it; every optional part is left out of the request when absent. */
export interface ImportUpload {
  file: File;
  /** Further files of the same import (Zendesk comments and ratings pages beside the tickets, zips), sent after `file`. */
  moreFiles?: readonly File[];
  format: ImportFormat;
  source?: string;
  vendor?: string;
  redactPii?: boolean;
  mappingId?: string;
  columnMapping?: Record<string, string>;
  defaults?: Record<string, string>;
  /** CSV field separator when it is not a comma. */
  delimiter?: string;
  /** The file's text encoding when it is not to be detected. */
  encoding?: ImportEncoding;
  /** The ticket a Zendesk comments page belongs to (the page does not name it). */
  ticketId?: string;
  /** Create the vendors the file names that do not exist yet (administrators only). */
  createVendors?: boolean;
}

/** Encodings an import can be told to read; without one the server detects it. */
export const IMPORT_ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/**
 * The HTTP backend uploads go through. The app's client uses fetch, which cannot report upload progress, so
 * uploads use XHR; tests provide the testing backend instead.
 */
export const UPLOAD_BACKEND = new InjectionToken<HttpBackend>('UPLOAD_BACKEND', { providedIn: 'root', factory: () => inject(HttpXhrBackend) });

@Injectable({ providedIn: 'root' })
export class ImportsApi {
  private readonly http = inject(HttpClient);
  // Straight to the backend: no interceptors run, so the CSRF header is added here.
  private readonly uploads = new HttpClient(inject(UPLOAD_BACKEND));
  private readonly xsrf = inject(HttpXsrfTokenExtractor);

  formats(): Observable<ImportFormatInfo[]> {
    return this.http.get<ImportFormatInfo[]>('/api/imports/formats');
  }

  mappings(): Observable<ColumnMappingDto[]> {
    return this.http.get<ColumnMappingDto[]>('/api/imports/mappings');
  }

  saveMapping(mapping: ColumnMappingInput): Observable<ColumnMappingDto> {
    return this.http.post<ColumnMappingDto>('/api/imports/mappings', mapping);
  }

  history(page: { limit: number; offset: number }): Observable<ImportPage<ImportJobDto>> {
    return this.http.get<ImportPage<ImportJobDto>>('/api/imports', { params: toHttpParams(page) });
  }

  job(id: string): Observable<ImportJobDto> {
    return this.http.get<ImportJobDto>(`/api/imports/${encodeURIComponent(id)}`);
  }

  errors(id: string, page: { limit: number; offset: number }): Observable<ImportPage<ImportErrorDto>> {
    return this.http.get<ImportPage<ImportErrorDto>>(`/api/imports/${encodeURIComponent(id)}/errors`, { params: toHttpParams(page) });
  }

  /** Where the browser downloads every rejected row of an import as CSV. */
  errorsCsvUrl(id: string): string {
    return `/api/imports/${encodeURIComponent(id)}/errors.csv`;
  }

  /** Sends the file (and any more files of the import) as multipart form data, reporting upload progress; the last event holds the queued job. */
  upload(upload: ImportUpload): Observable<HttpEvent<ImportJobDto>> {
    const form = new FormData();
    form.set('format', upload.format);
    if (upload.source) {
      form.set('source', upload.source);
    }
    if (upload.vendor) {
      form.set('vendor', upload.vendor);
    }
    if (upload.redactPii) {
      form.set('redactPii', 'true');
    }
    if (upload.mappingId) {
      form.set('mappingId', upload.mappingId);
    }
    const options: Record<string, Record<string, string> | string> = {};
    if (upload.columnMapping && Object.keys(upload.columnMapping).length > 0) {
      options['columnMapping'] = upload.columnMapping;
    }
    if (upload.defaults && Object.keys(upload.defaults).length > 0) {
      options['defaults'] = upload.defaults;
    }
    if (upload.delimiter && upload.delimiter !== ',') {
      options['delimiter'] = upload.delimiter;
    }
    if (upload.encoding) {
      options['encoding'] = upload.encoding;
    }
    if (upload.ticketId) {
      options['ticketId'] = upload.ticketId;
    }
    const flags: Record<string, boolean> = upload.createVendors ? { createVendors: true } : {};
    if (Object.keys(options).length + Object.keys(flags).length > 0) {
      form.set('options', JSON.stringify({ ...options, ...flags }));
    }
    // Fields first, so a server reading the body in order knows how to read the file before it arrives.
    for (const file of [upload.file, ...(upload.moreFiles ?? [])]) {
      form.append('file', file, file.name);
    }
    const token = this.xsrf.getToken();
    return this.uploads.post<ImportJobDto>('/api/imports', form, {
      headers: token ? new HttpHeaders({ 'X-XSRF-TOKEN': token }) : undefined,
      reportProgress: true,
      observe: 'events',
      withCredentials: true,
    });
  }
}
