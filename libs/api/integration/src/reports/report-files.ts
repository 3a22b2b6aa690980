import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestApi } from '@rapport/api-testing';

export interface Download {
  status: number;
  type: string | null;
  disposition: string | null;
  body: Buffer;
}

export async function download(api: TestApi, path: string, headers: Record<string, string>): Promise<Download> {
  const response = await fetch(api.url + path, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

function saved(pdf: Buffer): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rapport-report-')), 'report.pdf');
  writeFileSync(path, pdf);
  return path;
}

/** The PDF's text as poppler's pdftotext reads it (layout kept, so table rows stay on one line). */
export function popplerText(pdf: Buffer): string {
  return execFileSync('pdftotext', ['-layout', saved(pdf), '-'], { encoding: 'utf8' });
}

export function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', [saved(pdf)], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** Page images of a report, kept as test artifacts under tmp/ of the workspace. */
export function pageImages(pdf: Buffer, folder: string): void {
  const out = join(process.cwd(), 'tmp', folder);
  mkdirSync(out, { recursive: true });
  execFileSync('pdftoppm', ['-png', '-r', '60', saved(pdf), join(out, 'page')]);
}
