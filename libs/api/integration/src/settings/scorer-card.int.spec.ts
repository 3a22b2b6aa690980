import type { ScorerCardDto } from '@rapport/contracts';
import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';

// Boots the whole API on a fresh database and signs users in with argon2; CI machines are small.
jest.setTimeout(120_000);

const LANGUAGES = ['de', 'en', 'es', 'fr', 'pt', 'sl', 'sv'];

describe('GET /api/scoring/card', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api.close());

  it('shows every supported language and dimension with its figures and data source, or says it is not validated', async () => {
    const reviewer = await loginAs(api, 'qa-reviewer');
    const response = await getJson(api, '/api/scoring/card', reviewer.headers);
    expect(response.status).toBe(200);
    const card = response.body as ScorerCardDto;
    expect(card.scorerVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const lang of LANGUAGES) {
      for (const dimension of ['courtesy', 'rudeness', 'formality'] as const) {
        expect(card.entries.filter((e) => e.lang === lang && e.dimension === dimension).length).toBeGreaterThan(0);
      }
    }
    const englishCourtesy = card.entries.find((e) => e.lang === 'en' && e.dimension === 'courtesy');
    expect(englishCourtesy).toMatchObject({ status: 'validated', source: expect.stringContaining('TyDiP') });
    const auc = englishCourtesy?.figures[0];
    expect(auc?.model.low).toBeLessThanOrEqual(auc?.model.value ?? NaN);
    expect(auc?.model.high).toBeGreaterThanOrEqual(auc?.model.value ?? NaN);
    expect(card.entries.find((e) => e.lang === 'sv' && e.dimension === 'courtesy')).toMatchObject({
      status: 'not-validated',
      source: null,
      figures: [],
    });
    expect(card.dataCredits.map((c) => c.licence)).toEqual(
      expect.arrayContaining(['CC BY-SA 4.0', 'CDLA-Sharing-1.0']),
    );
  });

  it('is not shown to partners', async () => {
    const vendor = await seedVendor(api);
    const partner = await loginAs(api, 'partner', vendor.id);
    expect((await getJson(api, '/api/scoring/card', partner.headers)).status).toBe(403);
  });
});
