import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { getOk, ingestPlanted } from '../analytics/analytics-setup';
import { plantedData } from '../analytics/planted-data';

type Json = Record<string, any>;
const ROOT = resolve(__dirname, '../../../../..');
/** Routes that answer a file or nothing, reviewed like the access expectations. */
const ANSWERS_WITHOUT_JSON = [
  'DELETE /api/imports/mappings/{id}',
  'GET /api/audit/export',
  'GET /api/exports/agents',
  'GET /api/exports/compare',
  'GET /api/exports/conversations',
  'GET /api/exports/coverage',
  'GET /api/exports/drivers',
  'GET /api/exports/gaps',
  'GET /api/exports/scorecard',
  'GET /api/imports/{id}/errors.csv',
  'GET /api/reports/archive/{reportId}/file',
  'GET /api/reports/scorecard.pdf',
  'GET /api/reports/vendor-scorecard.pdf',
  'POST /api/auth/logout',
  'POST /api/auth/password',
];

describe('the OpenAPI document', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let document: Json;

  beforeAll(async () => {
    api = await createTestApi();
    await seedVendor(api, { slug: 'north', name: 'North' });
    await seedVendor(api, { slug: 'south', name: 'South' });
    admin = (await loginAs(api, 'admin')).headers;
    const march = plantedData(202603, '2026-03', ['north', 'south'].map((vendor) => ({ vendor, language: 'en', conversations: 40, englishReplies: 0 })));
    await ingestPlanted(api, admin, march);
    document = (await getJson(api, '/api/docs-json')).body;
  }, 180_000);
  afterAll(() => api.close());

  const operations = (): Array<{ key: string; operation: Json }> =>
    Object.entries(document['paths'] as Record<string, Json>).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation: operation as Json })),
    );

  /** A validator for the JSON answer `key` documents, resolving references against the document's schemas. */
  function answerValidator(key: string) {
    const { operation } = operations().find((entry) => entry.key === key) ?? {};
    const success = Object.entries((operation?.['responses'] ?? {}) as Record<string, Json>).find(([status]) => status.startsWith('2'))?.[1];
    const schema = success?.['content']?.['application/json']?.['schema'];
    if (!schema) {
      throw new Error(`${key} documents no JSON answer`);
    }
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addSchema({ $id: 'rapport', components: document['components'] });
    return ajv.compile({ ...JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"rapport#/components/')) });
  }

  it('is OpenAPI 3.1 with the session, XSRF and API key schemes declared', () => {
    expect(document['openapi']).toBe('3.1.0');
    expect(document['servers']).toEqual([expect.objectContaining({ url: '/' })]);
    expect(Object.keys(document['components']['securitySchemes']).sort()).toEqual(['apiKey', 'session', 'xsrf']);
  });

  it('says how every operation authenticates: none for public routes, the session (with XSRF on writes) or a key', () => {
    const byKey = Object.fromEntries(operations().map(({ key, operation }) => [key, operation['security']]));
    expect(byKey['POST /api/auth/login']).toEqual([]);
    expect(byKey['GET /api/health']).toEqual([]);
    expect(byKey['GET /api/analytics/scorecard']).toEqual([{ session: [] }]);
    expect(byKey['PUT /api/settings/scoring']).toEqual([{ session: [], xsrf: [] }]);
    expect(byKey['POST /api/conversations/batch']).toEqual([{ session: [], xsrf: [] }, { apiKey: [] }]);
    expect(operations().filter(({ operation }) => !Array.isArray(operation['security'])).map(({ key }) => key)).toEqual([]);
  });

  it('types every JSON answer, and every error with the shared error body', () => {
    const withoutJson = operations()
      .filter(({ operation }) => {
        const success = Object.entries(operation['responses'] as Record<string, Json>).find(([status]) => status.startsWith('2'))?.[1];
        return !success?.['content']?.['application/json'];
      })
      .map(({ key }) => key)
      .sort();
    // Files and empty answers carry no JSON document; every other answer says what it sends.
    expect(withoutJson).toEqual(ANSWERS_WITHOUT_JSON);
    const scorecard = operations().find(({ key }) => key === 'GET /api/analytics/scorecard')?.operation;
    expect(scorecard?.['responses']['400']).toEqual({ $ref: '#/components/responses/Error400' });
    expect(document['components']['schemas']['ApiErrorBody']['required']).toEqual(['statusCode', 'code', 'message']);
  });

  it('lists 429 only where a rate limit applies: sign-in, and the routes ingestion and read keys may call', () => {
    const mayAnswer429 = (key: string) => '429' in (operations().find((entry) => entry.key === key)?.operation['responses'] ?? {});
    expect(mayAnswer429('POST /api/auth/login')).toBe(true);
    expect(mayAnswer429('POST /api/conversations/batch')).toBe(true);
    expect(mayAnswer429('GET /api/analytics/scorecard')).toBe(true);
    expect(mayAnswer429('GET /api/audit')).toBe(false);
    expect(mayAnswer429('PUT /api/settings/scoring')).toBe(false);
    expect(mayAnswer429('GET /api/health')).toBe(false);
  });

  it('gives query parameters the types the route validates, not bare strings', () => {
    const scorecard = operations().find(({ key }) => key === 'GET /api/analytics/scorecard')?.operation;
    const month = (scorecard?.['parameters'] as Json[]).find((parameter) => parameter['name'] === 'month');
    expect(month).toMatchObject({ in: 'query', required: false, schema: { type: 'string' } });
    expect(month?.['schema']['pattern']).toBeDefined();
    const batch = operations().find(({ key }) => key === 'POST /api/conversations/batch')?.operation;
    expect(batch?.['requestBody']['content']['application/json']['schema']).toMatchObject({ type: expect.anything() });
  });

  it.each([
    ['GET /api/analytics/scorecard', '/api/analytics/scorecard?month=2026-03'],
    ['GET /api/analytics/compare', '/api/analytics/compare?month=2026-03&vendors=north,south'],
    ['GET /api/analytics/gaps', '/api/analytics/gaps?month=2026-03'],
    ['GET /api/conversations', '/api/conversations?month=2026-03'],
    ['GET /api/vendors', '/api/vendors'],
    ['GET /api/auth/me', '/api/auth/me'],
  ])('describes the real answer of %s', async (key, url) => {
    const validate = answerValidator(key);
    const answer = await getOk(api, url, admin);
    const valid = validate(answer);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('fails the check when an answer does not match (the validator is not permissive)', async () => {
    const validate = answerValidator('GET /api/analytics/scorecard');
    const answer = (await getOk(api, '/api/analytics/scorecard?month=2026-03', admin)) as Json;
    expect(validate({ ...answer, rows: 'not a list' })).toBe(false);
  });

  it('passes Redocly’s recommended lint rules without errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      let output = '';
      try {
        output = execFileSync(process.execPath, [join(ROOT, 'node_modules/@redocly/cli/bin/cli.js'), 'lint', file, '--format=json'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (failure) {
        output = String((failure as { stdout?: string }).stdout ?? '');
      }
      const problems = (JSON.parse(output) as { problems: Array<{ severity: string; ruleId: string; message: string; location: Array<{ pointer: string }> }> }).problems;
      const errors = problems.filter((problem) => problem.severity === 'error').map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer}`);
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
