import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getJson, TestApi } from '@rapport/api-testing';
import type { ApiErrorBody, ImportJobDto } from '@rapport/contracts';

/** Sends a file to `POST /api/imports` as the dashboard does (multipart), with the given text fields. */
export async function uploadFile(
  api: TestApi,
  headers: Record<string, string>,
  file: { name: string; content: string | Uint8Array },
  fields: Record<string, string>,
): Promise<{ status: number; body: Partial<ImportJobDto & ApiErrorBody> }> {
  return uploadFiles(api, headers, [file], fields);
}

/** Sends several files in one `POST /api/imports` (several multipart parts named `file`), in the given order. */
export async function uploadFiles(
  api: TestApi,
  headers: Record<string, string>,
  files: readonly { name: string; content: string | Uint8Array }[],
  fields: Record<string, string>,
): Promise<{ status: number; body: Partial<ImportJobDto & ApiErrorBody> }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    form.append(name, value);
  }
  for (const file of files) {
    form.append('file', new Blob([typeof file.content === 'string' ? file.content : new Uint8Array(file.content)]), file.name);
  }
  const response = await fetch(`${api.url}/api/imports`, { method: 'POST', headers, body: form });
  return { status: response.status, body: await response.json().catch(() => null) };
}

/** Polls the job until it is no longer queued or running. */
export async function waitForImport(api: TestApi, headers: Record<string, string>, id: string, timeoutMs = 60_000): Promise<ImportJobDto> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await getJson(api, `/api/imports/${id}`, headers);
    if (body.status !== 'queued' && body.status !== 'running') {
      return body as ImportJobDto;
    }
    if (Date.now() > deadline) {
      throw new Error(`import ${id} still ${body.status} after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Uploads and waits for the import to end. */
export async function importFile(
  api: TestApi,
  headers: Record<string, string>,
  file: { name: string; content: string | Uint8Array },
  fields: Record<string, string>,
): Promise<ImportJobDto> {
  const upload = await uploadFile(api, headers, file, fields);
  if (upload.status !== 202) {
    throw new Error(`upload refused with ${upload.status}: ${JSON.stringify(upload.body)}`);
  }
  return waitForImport(api, headers, upload.body.id as string);
}

export async function count(api: TestApi, table: string): Promise<number> {
  const [{ n }] = await api.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(n);
}

/** Errors of a job as `line field: reason` strings, in file order. */
type ReportRow = { kind: 'error' | 'notice'; line: number; field: string | null; reason: string };

/** The rejected rows of an import, in file order. */
export async function errorLines(api: TestApi, headers: Record<string, string>, id: string): Promise<Array<Omit<ReportRow, 'kind'>>> {
  return (await reportRows(api, headers, id)).filter((row) => row.kind === 'error').map(({ line, field, reason }) => ({ line, field, reason }));
}

/** What an import changed without rejecting anything (encoding, order, repeats), in file order. */
export async function noticeLines(api: TestApi, headers: Record<string, string>, id: string): Promise<Array<Omit<ReportRow, 'kind'>>> {
  return (await reportRows(api, headers, id)).filter((row) => row.kind === 'notice').map(({ line, field, reason }) => ({ line, field, reason }));
}

async function reportRows(api: TestApi, headers: Record<string, string>, id: string): Promise<ReportRow[]> {
  const { body } = await getJson(api, `/api/imports/${id}/errors?limit=500`, headers);
  expect(body.items.length).toBe(body.total);
  return body.items;
}

/** A fixture file of this folder, as text. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, 'fixtures', name), 'utf8');
}

export interface StoredMessage {
  position: number;
  author_role: string;
  sent_at: string;
  text: string;
  is_internal: boolean | number;
  agent_external_id: string | null;
}

/** Messages of a stored conversation, in order, with their agents' external ids. */
export async function messagesOf(api: TestApi, externalId: string): Promise<StoredMessage[]> {
  const rows: StoredMessage[] = await api.dataSource.query(
    `SELECT m.position, m.author_role, m.sent_at, m.text, m.is_internal, a.external_id AS agent_external_id
       FROM messages m JOIN conversations c ON c.id = m.conversation_id LEFT JOIN agents a ON a.id = m.agent_id
      WHERE c.external_id = '${externalId.replace(/'/g, "''")}' ORDER BY m.position`,
  );
  return rows.map((row) => ({ ...row, position: Number(row.position) }));
}
