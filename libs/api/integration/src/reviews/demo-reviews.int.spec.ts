import { DemoDataSeeder, DemoUsers } from '@rapport/api-demo';
import { DemoReviews } from '@rapport/api-reviews';
import { DEMO_WEAK_LANGUAGE } from '@rapport/demo-data';
import { createTestApi, getJson, loginAs, TestApi } from '@rapport/api-testing';

// Loads the whole demo data set (a year of five vendors) before grading it.
jest.setTimeout(600_000);

describe('demo reviews', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
    const now = new Date();
    await api.app.get(DemoDataSeeder).seed(now);
    await api.app.get(DemoUsers).ensure();
    const people = await api.app.get(DemoUsers).reviewPeople();
    expect(people).not.toBeNull();
    expect(await api.app.get(DemoReviews).seed(people as NonNullable<typeof people>, now)).toBeGreaterThan(200);
  });
  afterAll(() => api.close());

  it('plants weak automatic-vs-human agreement in one language, and the agreement endpoint finds it', async () => {
    const lead = await loginAs(api, 'qa-lead');
    const agreement = await getJson(api, '/api/reviews/agreement', lead.headers);
    expect(agreement.status).toBe(200);
    expect(agreement.body.weakLanguages).toEqual([DEMO_WEAK_LANGUAGE]);
    const overall = agreement.body.cells.filter(
      (cell: { dimension: string; vendor: unknown; status: string }) =>
        cell.dimension === 'overall' && cell.vendor === null && cell.status === 'ok',
    );
    expect(overall.length).toBeGreaterThanOrEqual(5);
  });

  it('leaves the demo reviewer work in their queue, and gives every page content', async () => {
    const reviewer = await api.app.get(DemoUsers).reviewPeople();
    const disputes = await api.dataSource.query('SELECT status FROM review_disputes ORDER BY status');
    expect(disputes.map((row: { status: string }) => row.status)).toEqual(['open', 'rejected']);
    const open = await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM review_assignments a LEFT JOIN reviews r ON r.assignment_id = a.id WHERE a.reviewer_id = ${api.database.kind === 'postgres' ? '$1' : '?'} AND r.id IS NULL`,
      [reviewer?.reviewer.id],
    );
    expect(Number(open[0].n)).toBe(8);
    const [{ n }] = await api.dataSource.query(
      `SELECT COUNT(*) AS n FROM reviews WHERE kind = 'calibration' AND status = 'submitted'`,
    );
    expect(Number(n)).toBe(12);
  });
});
