import { pdfText } from '@rapport/api-reports';
import { runningMonth } from '@rapport/contracts';
import { createTestApi, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import { ingestPlanted } from '../analytics/analytics-setup';
import { PlantedCell, plantedData } from '../analytics/planted-data';

const LANGUAGES = ['de', 'en', 'fr'] as const;

function cells(vendor: string, perLanguage: number): PlantedCell[] {
  return LANGUAGES.map((language): PlantedCell => ({ vendor, language, conversations: perLanguage }));
}

async function download(api: TestApi, path: string, headers: Record<string, string>): Promise<{ status: number; type: string | null; disposition: string | null; body: Buffer }> {
  const response = await fetch(api.url + path, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    body: Buffer.from(await response.arrayBuffer()),
  };
}

describe('GET /api/reports/scorecard.pdf', () => {
  let api: TestApi;
  let executive: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    for (const [slug, name] of [
      ['north', 'North Support'],
      ['south', 'South Desk'],
      ['tiny', 'Tiny Partner'],
    ]) {
      await seedVendor(api, { slug, name });
    }
    const admin = (await loginAs(api, 'admin')).headers;
    // North and South have plenty of conversations; Tiny has 6, below the minimum sample of 30.
    await ingestPlanted(api, admin, plantedData(202605, '2026-05', [...cells('north', 40), ...cells('south', 40), ...cells('tiny', 2)]));
    executive = (await loginAs(api, 'executive')).headers;
  }, 180_000);
  afterAll(() => api.close());

  it('downloads the month as a PDF attachment', async () => {
    const file = await download(api, '/api/reports/scorecard.pdf?month=2026-05', executive);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(file.disposition).toBe('attachment; filename="rapport-scorecard-2026-05.pdf"');
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.body.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('prints the month, every vendor with intervals and n, and "Not enough data" for the thin one', async () => {
    const text = pdfText((await download(api, '/api/reports/scorecard.pdf?month=2026-05', executive)).body);
    expect(text).toContain('Monthly vendor scorecard: May 2026');
    expect(text).toContain('North Support');
    expect(text).toContain('South Desk');
    expect(text).toContain('Tiny Partner');
    expect(text).toContain('n = 120');
    expect(text).toMatch(/\d+\.\d \(\d+\.\d–\d+\.\d\)/);
    expect(text).toContain('Not enough data');
    expect(text).toContain('How to read this report');
  });

  it('takes the latest complete month with data when none is given, not the month still running', async () => {
    // A first import of the running month (as on the first days of every month) must not become the default.
    const admin = (await loginAs(api, 'admin')).headers;
    await ingestPlanted(api, admin, plantedData(202612, runningMonth(new Date()), cells('north', 1)));
    const file = await download(api, '/api/reports/scorecard.pdf', executive);
    expect(file.status).toBe(200);
    expect(file.disposition).toContain('rapport-scorecard-2026-05.pdf');
  });

  it('refuses a malformed month with a JSON error', async () => {
    const file = await download(api, '/api/reports/scorecard.pdf?month=May', executive);
    expect(file.status).toBe(400);
    expect(JSON.parse(file.body.toString('utf8'))).toMatchObject({ statusCode: 400 });
  });

  it('is for signed-in client roles only', async () => {
    expect((await download(api, '/api/reports/scorecard.pdf?month=2026-05', {})).status).toBe(401);
    const partner = await loginAs(api, 'partner', (await seedVendor(api, { slug: 'partner-home', name: 'Partner Home' })).id);
    expect((await download(api, '/api/reports/scorecard.pdf?month=2026-05', partner.headers)).status).toBe(403);
  });
});
