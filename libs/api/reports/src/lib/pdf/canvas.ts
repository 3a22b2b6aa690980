import PDFDocument from 'pdfkit';
import { SERIES_COLOURS, SERIES_DASHES } from '@rapport/contracts';
import { toWinAnsi } from './win-ansi';

export type Doc = InstanceType<typeof PDFDocument>;

export const PAGE = { width: 841.89, height: 595.28, margin: 40 };
export const INK = { text: '#1c2330', muted: '#4d5666', rule: '#d5d9e0', band: '#eef0f3', shade: '#f7f8fa' };
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

/** Marker shapes: with the dash patterns, a second and third channel besides colour, so series survive greyscale. */
export const MARKERS = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus', 'triangle-down', 'bar'] as const;
export type Marker = (typeof MARKERS)[number];

export interface SeriesLook {
  colour: string;
  marker: Marker;
  dash: readonly number[];
}

/** The n-th series' look: the dashboard's palette order (`seriesStyle`), its dash patterns, one marker per series. */
export function seriesLook(index: number): SeriesLook {
  return {
    colour: SERIES_COLOURS[index % SERIES_COLOURS.length] ?? '#000000',
    marker: MARKERS[index % MARKERS.length] ?? 'circle',
    dash: SERIES_DASHES[Math.floor(index / SERIES_COLOURS.length) % SERIES_DASHES.length] ?? [],
  };
}

export interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

/**
 * A cursor over the pages of one report: sections ask for room, write headings, paragraphs and tables, and the
 * canvas turns the page (repeating a table's header) when they run out of it.
 */
export class ReportCanvas {
  y = PAGE.margin;

  constructor(readonly doc: Doc) {}

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.margin;
  }

  /** Turns the page unless `height` points still fit on this one. */
  room(height: number): void {
    if (this.y + height > PAGE.height - PAGE.margin) {
      this.newPage();
    }
  }

  text(value: string, x: number, y: number, width: number, style: { bold?: boolean; italic?: boolean; size: number; colour?: string; align?: 'left' | 'right' | 'center' }): void {
    const font = style.bold ? 'Helvetica-Bold' : style.italic ? 'Helvetica-Oblique' : 'Helvetica';
    this.doc
      .font(font)
      .fontSize(style.size)
      .fillColor(style.colour ?? INK.text)
      .text(toWinAnsi(value), x, y, { width, align: style.align ?? 'left', lineBreak: false, ellipsis: true });
  }

  /** A section title; sections start on a fresh page when `newPage` is set. */
  heading(title: string, options: { newPage?: boolean; size?: number } = {}): void {
    if (options.newPage) {
      this.newPage();
    } else {
      this.room(60);
    }
    this.text(title, PAGE.margin, this.y, CONTENT_WIDTH, { bold: true, size: options.size ?? 14 });
    this.y += (options.size ?? 14) + 8;
  }

  subheading(title: string): void {
    this.room(40);
    this.text(title, PAGE.margin, this.y, CONTENT_WIDTH, { bold: true, size: 10 });
    this.y += 15;
  }

  /** Wrapped text across the content width. */
  paragraph(raw: string, style: { size?: number; colour?: string; italic?: boolean } = {}): void {
    const value = toWinAnsi(raw);
    const size = style.size ?? 8.5;
    const height = this.doc.font('Helvetica').fontSize(size).heightOfString(value, { width: CONTENT_WIDTH });
    this.room(height + 4);
    this.doc
      .font(style.italic ? 'Helvetica-Oblique' : 'Helvetica')
      .fontSize(size)
      .fillColor(style.colour ?? INK.text)
      .text(value, PAGE.margin, this.y, { width: CONTENT_WIDTH });
    this.y += height + 4;
  }

  /** A table of text cells; long tables continue on further pages with the header repeated. */
  table(columns: readonly Column[], rows: readonly (readonly string[])[], options: { rowHeight?: number; size?: number } = {}): void {
    const rowHeight = options.rowHeight ?? 15;
    const size = options.size ?? 7.5;
    const header = () => {
      this.room(rowHeight * 2);
      this.doc.rect(PAGE.margin, this.y, CONTENT_WIDTH, rowHeight).fill(INK.band);
      this.cells(columns, columns.map((column) => column.label), rowHeight, { bold: true, size });
      this.y += rowHeight;
    };
    header();
    rows.forEach((row, index) => {
      if (this.y + rowHeight > PAGE.height - PAGE.margin) {
        this.newPage();
        header();
      }
      if (index % 2 === 1) {
        this.doc.rect(PAGE.margin, this.y, CONTENT_WIDTH, rowHeight).fill(INK.shade);
      }
      this.cells(columns, row, rowHeight, { size });
      this.y += rowHeight;
    });
    if (rows.length === 0) {
      this.text('No data.', PAGE.margin + 4, this.y + 4, CONTENT_WIDTH, { italic: true, size, colour: INK.muted });
      this.y += rowHeight;
    }
    this.y += 8;
  }

  private cells(columns: readonly Column[], values: readonly string[], rowHeight: number, style: { bold?: boolean; size: number }): void {
    let x = PAGE.margin;
    columns.forEach((column, index) => {
      this.text(values[index] ?? '', x + 3, this.y + (rowHeight - style.size) / 2, column.width - 6, { ...style, align: column.align });
      x += column.width;
    });
  }

  /** A marker of the given shape centred on (x, y), filled in the series colour. */
  marker(shape: Marker, x: number, y: number, colour: string, size = 3): void {
    const doc = this.doc;
    doc.save().lineWidth(1).fillColor(colour).strokeColor(colour).undash();
    switch (shape) {
      case 'circle':
        doc.circle(x, y, size).fill();
        break;
      case 'square':
        doc.rect(x - size, y - size, 2 * size, 2 * size).fill();
        break;
      case 'triangle':
        doc.polygon([x, y - size - 1], [x + size + 1, y + size], [x - size - 1, y + size]).fill();
        break;
      case 'triangle-down':
        doc.polygon([x, y + size + 1], [x + size + 1, y - size], [x - size - 1, y - size]).fill();
        break;
      case 'diamond':
        doc.polygon([x, y - size - 1], [x + size + 1, y], [x, y + size + 1], [x - size - 1, y]).fill();
        break;
      case 'cross':
        doc.moveTo(x - size, y - size).lineTo(x + size, y + size).moveTo(x + size, y - size).lineTo(x - size, y + size).lineWidth(1.6).stroke();
        break;
      case 'plus':
        doc.moveTo(x - size - 1, y).lineTo(x + size + 1, y).moveTo(x, y - size - 1).lineTo(x, y + size + 1).lineWidth(1.6).stroke();
        break;
      case 'bar':
        doc.rect(x - size - 1, y - 1.2, 2 * size + 2, 2.4).fill();
        break;
    }
    doc.restore();
  }
}

/** Starts a report document: A4 landscape, standard fonts, metadata; resolves with the bytes once `end()` is called. */
export function openDocument(title: string, createdAt: Date, compress = true): { doc: Doc; bytes: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: PAGE.margin,
    compress,
    info: { Title: title, Author: 'Rapport', Subject: 'Vendor quality report', CreationDate: createdAt },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}
