import type { Response } from 'express';
import type { ExportOptions } from '@rapport/contracts';
import { EXPORT_CONTENT_TYPES, ExportTable, writeExport } from './table-writer';

/**
 * Streams a table to the client as an attachment. Once the first bytes are out a failure can no longer become an
 * error answer: the connection is cut instead, so a client never takes a truncated file for a whole one.
 */
export async function sendExport(response: Response, table: ExportTable, options: ExportOptions): Promise<void> {
  response.status(200);
  response.setHeader('Content-Type', EXPORT_CONTENT_TYPES[options.format]);
  response.setHeader('Content-Disposition', `attachment; filename="rapport-${table.name}.${options.format}"`);
  response.setHeader('Cache-Control', 'private, no-store');
  try {
    await writeExport(table, options, response);
    if (options.format === 'csv' && !response.writableEnded) {
      response.end();
    }
  } catch (error) {
    if (!response.headersSent) {
      throw error;
    }
    response.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}
