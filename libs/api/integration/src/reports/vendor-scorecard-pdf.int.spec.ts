import { pdfText } from '@rapport/api-reports';
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

describe('GET /api/reports/vendor-scorecard.pdf', () => {
  let api: TestApi;
  let executive: Record<string, string>;
  let partnerNorth: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    const north = await seedVendor(api, { slug: 'north', name: 'North Support' });
    await seedVendor(api, { slug: 'south', name: 'South Desk' });
    const admin = (await loginAs(api, 'admin')).headers;
    // North: 30 conversations in April, 120 in May; South: 120 in May.
    await ingestPlanted(api, admin, plantedData(202604, '2026-04', cells('north', 10)));
    await ingestPlanted(api, admin, plantedData(202605, '2026-05', [...cells('north', 40), ...cells('south', 40)]));
    executive = (await loginAs(api, 'executive')).headers;
    partnerNorth = (await loginAs(api, 'partner', north.id)).headers;
  }, 180_000);
  afterAll(() => api.close());

  it('gives a partner its own report: the month, its own months with intervals and n, and nothing of another vendor', async () => {
    const file = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=north&month=2026-05', partnerNorth);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(file.disposition).toBe('attachment; filename="rapport-scorecard-north-2026-05.pdf"');
    const text = pdfText(file.body);
    expect(text).toContain('Vendor scorecard for North Support: May 2026');
    expect(text).toContain('April 2026');
    expect(text).toContain('n = 120');
    expect(text).toContain('n = 30');
    expect(text).toMatch(/\d+\.\d \(\d+\.\d–\d+\.\d\)/);
    expect(text).toContain("this vendor's own data only");
    expect(text).not.toContain('South');
    expect(text).not.toContain('south');
    // Twelve months of history, months without data included: the table and its notes take two A4 pages.
    expect(text).toContain('June 2025');
    expect(file.body.toString('latin1').match(/\/Type \/Page\b/g)?.length).toBe(2);
  });

  it('answers a partner naming another vendor as if it did not exist', async () => {
    const other = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=south&month=2026-05', partnerNorth);
    const missing = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=no-such-vendor&month=2026-05', partnerNorth);
    expect(other.status).toBe(404);
    expect(missing.status).toBe(404);
    expect(JSON.parse(other.body.toString('utf8'))).toEqual(JSON.parse(missing.body.toString('utf8')));
  });

  it('lets client roles download any vendor, defaulting to its latest month', async () => {
    const file = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=south', executive);
    expect(file.status).toBe(200);
    expect(file.disposition).toContain('rapport-scorecard-south-2026-05.pdf');
    const text = pdfText(file.body);
    expect(text).toContain('South Desk');
    expect(text).not.toContain('North');
  });

  it('refuses a missing vendor or a malformed month with a 400', async () => {
    expect((await download(api, '/api/reports/vendor-scorecard.pdf?month=2026-05', executive)).status).toBe(400);
    expect((await download(api, '/api/reports/vendor-scorecard.pdf?vendor=north&month=May', executive)).status).toBe(400);
  });
});
