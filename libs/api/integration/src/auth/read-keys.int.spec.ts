import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { createApiKey, createTestApi, getJson, loginAs, postJson, seedVendor, TestApi } from '@rapport/api-testing';
import { ingestPlanted } from '../analytics/analytics-setup';
import { plantedData } from '../analytics/planted-data';

const ROOT = resolve(__dirname, '../../../../..');

/** Read-scoped API keys: reporting jobs read figures without anyone's password, and write nothing. */
describe('read-scoped API keys', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let north: string;
  let south: string;

  beforeAll(async () => {
    api = await createTestApi();
    north = (await seedVendor(api, { slug: 'north', name: 'North' })).id;
    south = (await seedVendor(api, { slug: 'south', name: 'South' })).id;
    admin = (await loginAs(api, 'admin')).headers;
    const march = plantedData(202603, '2026-03', ['north', 'south'].map((vendor) => ({ vendor, language: 'en', conversations: 35, englishReplies: 0 })));
    await ingestPlanted(api, admin, march);
  }, 180_000);
  afterAll(() => api.close());

  it('are created by an administrator without a source, and an ingestion key still needs one', async () => {
    const created = await postJson(api, '/api/api-keys', { name: 'Warehouse', scope: 'read', vendorId: null }, admin);
    expect(created.status).toBe(201);
    expect(created.body.apiKey).toMatchObject({ name: 'Warehouse', scope: 'read', source: null });
    expect((await postJson(api, '/api/api-keys', { name: 'Odd', scope: 'read', source: 'crm' }, admin)).status).toBe(400);
    const ingest = await postJson(api, '/api/api-keys', { name: 'No source' }, admin);
    expect(ingest.status).toBe(400);
    expect(ingest.body.details).toEqual([expect.objectContaining({ field: 'source' })]);
    const audit = await getJson(api, '/api/audit?action=api_key.create', admin);
    expect(JSON.stringify(audit.body)).toContain('"scope":"read"');
  });

  it('read analytics, conversations and vendors, and reach nothing else', async () => {
    const { headers } = await createApiKey(api, { scope: 'read' });
    const scorecard = await getJson(api, '/api/analytics/scorecard?month=2026-03', headers);
    expect(scorecard.status).toBe(200);
    expect(scorecard.body.rows.map((row: { vendor: { slug: string } }) => row.vendor.slug).sort()).toEqual(['north', 'south']);
    expect((await getJson(api, '/api/conversations?month=2026-03', headers)).body.total).toBe(70);
    expect((await getJson(api, '/api/users', headers)).status).toBe(403);
    expect((await getJson(api, '/api/imports', headers)).status).toBe(403);
    expect((await getJson(api, '/api/audit', headers)).status).toBe(403);
    const write = await postJson(api, '/api/conversations/batch', { conversations: [] }, headers);
    expect(write.status).toBe(403);
  });

  it('bound to a vendor, see that vendor only', async () => {
    const { headers } = await createApiKey(api, { scope: 'read', vendorId: north });
    const scorecard = await getJson(api, '/api/analytics/scorecard?month=2026-03', headers);
    expect(scorecard.body.rows.map((row: { vendor: { slug: string } }) => row.vendor.slug)).toEqual(['north']);
    expect((await getJson(api, `/api/vendors/${south}`, headers)).status).toBe(404);
    const southConversation = (await getJson(api, '/api/conversations?month=2026-03&vendors=south', admin)).body.items[0].id;
    expect((await getJson(api, `/api/conversations/${southConversation}`, headers)).status).toBe(404);
  });

  it('serve a client generated from the live OpenAPI document, typed from it (openapi-typescript)', async () => {
    const { key } = await createApiKey(api, { scope: 'read' });
    const dir = mkdtempSync(join(tmpdir(), 'rapport-client-'));
    try {
      writeFileSync(join(dir, 'openapi.json'), JSON.stringify((await getJson(api, '/api/docs-json')).body));
      execFileSync(process.execPath, [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', join(dir, 'api.d.ts')], { stdio: 'pipe' });
      const client = `
import type { paths } from './api';
type Scorecard = paths['/api/analytics/scorecard']['get'];
export type ScorecardQuery = NonNullable<Scorecard['parameters']['query']>;
export type ScorecardAnswer = Scorecard['responses']['200']['content']['application/json'];
// @ts-expect-error a month is 'YYYY-MM', not a number
const wrong: ScorecardQuery = { month: 202603 };
void wrong;
export async function readScorecard(base: string, key: string, query: ScorecardQuery): Promise<ScorecardAnswer> {
  const response = await fetch(base + '/api/analytics/scorecard?' + new URLSearchParams(query as Record<string, string>), { headers: { authorization: 'Bearer ' + key } });
  return (await response.json()) as ScorecardAnswer;
}
export function vendorSlugs(answer: ScorecardAnswer): string[] {
  return answer.rows.map((row) => row.vendor.slug);
}
`;
      writeFileSync(join(dir, 'client.ts'), client);
      const program = ts.createProgram([join(dir, 'client.ts')], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], skipLibCheck: true });
      const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(problems).toEqual([]);
      // The client runs as a program of its own, as a reporting job would.
      const compiled = ts.transpileModule(client, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
      writeFileSync(join(dir, 'client.js'), compiled);
      const job = `const c = require(${JSON.stringify(join(dir, 'client.js'))}); c.readScorecard(process.argv[1], process.argv[2], { month: '2026-03' }).then((a) => console.log(JSON.stringify(c.vendorSlugs(a))));`;
      const { stdout } = await promisify(execFile)(process.execPath, ['-e', job, api.url, key]);
      expect((JSON.parse(stdout) as string[]).sort()).toEqual(['north', 'south']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
