import { StreamableFile } from '@nestjs/common';
import type { Response } from 'express';
import type { PdfFile } from './reports.service';

/** A PDF as a download that no cache keeps (reports hold vendor figures). */
export function pdfAnswer(file: PdfFile, response: Response): StreamableFile {
  response.setHeader('Cache-Control', 'private, no-store');
  return new StreamableFile(file.content, {
    type: 'application/pdf',
    disposition: `attachment; filename="${file.fileName}"`,
    length: file.content.length,
  });
}
