import { ReportJobs, ReportSchedule } from '@rapport/api-reports';
import { createTestApi, getJson, loginAs, postJson, seedVendor, sendJson, TestApi } from '@rapport/api-testing';
import type { ArchivedReportDto } from '@rapport/contracts';
import { ingestPlanted } from '../analytics/analytics-setup';
import { PlantedCell, plantedData } from '../analytics/planted-data';
import { waitFor } from '../scaleout/worker-process';
import { download, pageCount, pageImages, popplerText } from './report-files';

const LANGUAGES = ['de', 'en', 'fr'] as const;
const VENDORS = [
  ['north', 'North Support'],
  ['south', 'South Desk'],
  ['tiny', 'Tiny Partner'],
] as const;

/**
 * North's May conversations answered within the target of their channel with the settings below, counted from the
 * planted messages themselves (first reply − first customer message): every planted conversation is written on a
 * weekday between 09:00 and 16:59 UTC, inside the factory vendors' promised 08:00-18:00 Lisbon.
 */
function northAnsweredInTime(): { within: number; n: number } {
  const may = plantedData(202605, '2026-05', [...cells('north', 40, 0.5), ...cells('south', 40), ...cells('tiny', 2)]);
  const north = may.conversations.filter((conversation) => conversation.vendor === 'north');
  const within = north.filter((conversation) => {
    const [first, reply] = conversation.messages;
    const seconds = (Date.parse(reply?.at ?? '') - Date.parse(first?.at ?? '')) / 1000;
    return seconds <= SETTINGS.slaTargets[conversation.channel as keyof typeof SETTINGS.slaTargets].firstResponseSeconds;
  });
  return { within: within.length, n: north.length };
}

function cells(vendor: string, perLanguage: number, englishReplies = 0): PlantedCell[] {
  return LANGUAGES.map((language): PlantedCell => ({ vendor, language, conversations: perLanguage, englishReplies: language === 'en' ? 0 : englishReplies }));
}

const SECTIONS = ['1. Headline figures', '3. Twelve-month trends', '4. Language and culture gaps', '5. Coverage by hour of week', '6. Drivers of low CSAT', '7. Reviewed QA score and agreement', '8. Methodology', '9. Appendix: data behind the charts'];

/** Settings an administrator saves before the reports are drawn: the methodology must print these, not defaults. */
const SETTINGS = {
  weights: { responsiveness: 2, courtesy: 3, comprehension: 1 },
  slaTargets: {
    chat: { firstResponseSeconds: 95, replyGapSeconds: 240 },
    email: { firstResponseSeconds: 7_200, replyGapSeconds: 43_200 },
    social: { firstResponseSeconds: 1_800, replyGapSeconds: 3_600 },
    'voice-transcript': { firstResponseSeconds: 40, replyGapSeconds: 90 },
    'phone-notes': { firstResponseSeconds: 600, replyGapSeconds: 900 },
  },
};

describe('monthly and per-vendor report PDFs, their archive and schedule', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let executive: Record<string, string>;
  let partnerNorth: Record<string, string>;
  let partnerSouth: Record<string, string>;

  beforeAll(async () => {
    api = await createTestApi();
    const ids: Record<string, string> = {};
    for (const [slug, name] of VENDORS) {
      ids[slug] = (await seedVendor(api, { slug, name })).id;
    }
    admin = (await loginAs(api, 'admin')).headers;
    expect((await sendJson(api, 'PUT', '/api/settings/scoring', SETTINGS, admin)).status).toBe(200);
    await ingestPlanted(api, admin, plantedData(202604, '2026-04', [...cells('north', 10), ...cells('south', 10)]));
    // North answers a share of German and French customers in English: a language gap and a driver of low CSAT.
    await ingestPlanted(api, admin, plantedData(202605, '2026-05', [...cells('north', 40, 0.5), ...cells('south', 40), ...cells('tiny', 2)]));
    executive = (await loginAs(api, 'executive')).headers;
    partnerNorth = (await loginAs(api, 'partner', ids['north'])).headers;
    partnerSouth = (await loginAs(api, 'partner', ids['south'])).headers;
  }, 600_000);
  afterAll(() => api.close());

  it('prints every section, every vendor and the settings in force in the monthly report', async () => {
    const file = await download(api, '/api/reports/scorecard.pdf?month=2026-05', executive);
    expect(file.status).toBe(200);
    expect(file.type).toBe('application/pdf');
    expect(file.disposition).toBe('attachment; filename="rapport-scorecard-2026-05.pdf"');
    const text = popplerText(file.body);
    expect(text).toContain('Monthly vendor scorecard');
    expect(text).toContain('May 2026');
    for (const section of [...SECTIONS, '2. Ranking']) {
      expect(text).toContain(section);
    }
    for (const [, name] of VENDORS) {
      expect(text).toContain(name);
    }
    expect(text).toMatch(/\d+\.\d \(\d+\.\d–\d+\.\d\) n = 120/);
    expect(text).toContain('Not enough data');
    // Methodology: the SLA targets and weights saved above, the minimum sample, FDR and METHODS.md's notes.
    expect(text).toMatch(/chat\s+95 s \(95 s\)\s+4 min \(240 s\)/);
    expect(text).toMatch(/email\s+2 h \(7200 s\)\s+12 h \(43200 s\)/);
    expect(text).toContain('responsiveness 2, courtesy 3, comprehension 1');
    expect(text).toContain('minimum sample 30 conversations');
    expect(text).toContain('benjamini-hochberg');
    expect(text).toContain('Wilson (1927) score interval');
    expect(text).toMatch(/Scorer version \d+\.\d+\.\d+/);
    // Coverage inside and outside the promised hours: every planted conversation falls inside them.
    expect(text).toContain('Answered within the target, inside and outside the promised hours');
    const north = northAnsweredInTime();
    const share = ((north.within / north.n) * 100).toFixed(1);
    expect(text).toMatch(new RegExp(`North Support\\s+${north.within}\\s+${north.n}\\s+${share.replace('.', '\\.')}%\\s+0\\s+0\\s+-`));
    expect(text).toContain(`${share}% of ${north.n}`);
    // No review was submitted: the section says so instead of drawing empty charts.
    expect(text).toContain('No QA reviews were submitted for this month’s conversations');
    const pages = pageCount(file.body);
    expect(pages).toBeGreaterThanOrEqual(12);
    expect(pages).toBeLessThanOrEqual(30);
    pageImages(file.body, 'report-pages/monthly');
  });

  it('gives a partner its own report with the same sections and nothing of another vendor', async () => {
    const file = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=north&month=2026-05', partnerNorth);
    expect(file.status).toBe(200);
    expect(file.disposition).toBe('attachment; filename="rapport-scorecard-north-2026-05.pdf"');
    const text = popplerText(file.body);
    expect(text).toContain('Vendor scorecard: North Support');
    for (const section of [...SECTIONS, '2. Figures of the month']) {
      expect(text).toContain(section);
    }
    expect(text).toContain('n = 120');
    const north = northAnsweredInTime();
    expect(text).toContain(`${((north.within / north.n) * 100).toFixed(1)}% of ${north.n}`);
    expect(text).toContain('No QA reviews were submitted for this month’s conversations');
    for (const other of ['South', 'south', 'Tiny', 'tiny', 'All vendors pooled']) {
      expect(text).not.toContain(other);
    }
    // The whole month has 246 conversations (120 + 120 + 6): a pooled figure would say so.
    expect(text).not.toMatch(/\b246\b/);
  });

  it('adds the pooled averages only once an administrator allows them, still naming no other vendor', async () => {
    expect((await getJson(api, '/api/settings/reports', admin)).body).toEqual({ pooledAverages: false });
    expect((await sendJson(api, 'PUT', '/api/settings/reports', { pooledAverages: true }, partnerNorth)).status).toBe(403);
    expect((await sendJson(api, 'PUT', '/api/settings/reports', { pooledAverages: true }, admin)).status).toBe(200);
    const text = popplerText((await download(api, '/api/reports/vendor-scorecard.pdf?vendor=north&month=2026-05', partnerNorth)).body);
    expect(text).toContain('All vendors pooled');
    expect(text).toMatch(/CSAT\s+\d+\.\d\s+\d+/);
    expect(text).not.toContain('South');
    expect(text).not.toContain('Tiny');
    expect((await sendJson(api, 'PUT', '/api/settings/reports', { pooledAverages: false }, admin)).status).toBe(200);
  });

  it('answers a partner naming another vendor as if it did not exist, and refuses it the monthly report', async () => {
    const other = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=south&month=2026-05', partnerNorth);
    const missing = await download(api, '/api/reports/vendor-scorecard.pdf?vendor=no-such-vendor&month=2026-05', partnerNorth);
    expect(other.status).toBe(404);
    expect(JSON.parse(other.body.toString('utf8'))).toEqual(JSON.parse(missing.body.toString('utf8')));
    expect((await download(api, '/api/reports/scorecard.pdf?month=2026-05', partnerNorth)).status).toBe(403);
  });

  it('takes the latest month with data when none is given, and refuses a malformed one', async () => {
    expect((await download(api, '/api/reports/vendor-scorecard.pdf?vendor=south', executive)).disposition).toContain('rapport-scorecard-south-2026-05.pdf');
    expect((await download(api, '/api/reports/scorecard.pdf?month=May', executive)).status).toBe(400);
  });

  it('generates the month before on the first of the month, in the background, and keeps it role by role', async () => {
    const schedule = api.app.get(ReportSchedule);
    // Any day of June is due for May; the archive then has May, so a second pass queues nothing.
    const queued = await schedule.due(new Date('2026-06-01T02:00:00Z'));
    expect(queued).toHaveLength(4);
    expect(await schedule.due(new Date('2026-06-01T03:00:00Z'))).toEqual([]);
    await api.app.get(ReportJobs).idle();

    const all = (await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[];
    expect(all.map((item) => [item.kind, item.month, item.vendor?.slug ?? null, item.status]).sort()).toEqual([
      ['monthly', '2026-05', null, 'ready'],
      ['vendor', '2026-05', 'north', 'ready'],
      ['vendor', '2026-05', 'south', 'ready'],
      ['vendor', '2026-05', 'tiny', 'ready'],
    ]);
    const executives = (await getJson(api, '/api/reports/archive', executive)).body.items as ArchivedReportDto[];
    expect(executives.map((item) => item.kind)).toEqual(['monthly']);
    const partners = (await getJson(api, '/api/reports/archive', partnerNorth)).body.items as ArchivedReportDto[];
    expect(partners.map((item) => item.vendor?.slug)).toEqual(['north']);

    const own = await download(api, partners[0]?.file ?? '', partnerNorth);
    expect(own.status).toBe(200);
    expect(popplerText(own.body)).toContain('Vendor scorecard: North Support');
    expect((await download(api, partners[0]?.file ?? '', partnerSouth)).status).toBe(404);
    const monthly = all.find((item) => item.kind === 'monthly');
    expect((await download(api, monthly?.file ?? '', partnerNorth)).status).toBe(404);
    expect((await download(api, monthly?.file ?? '', executive)).status).toBe(200);
  });

  it('regenerates on demand for leads and administrators, answering before the work is done', async () => {
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05' }, executive)).status).toBe(403);
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05' }, partnerNorth)).status).toBe(403);
    const answer = await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', vendor: 'south' }, admin);
    expect(answer).toEqual({ status: 202, body: { queued: 1 } });
    const during = (await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[];
    expect(during.find((item) => item.vendor?.slug === 'south')?.status).toBe('pending');
    await api.app.get(ReportJobs).idle();
    const after = (await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[];
    expect(after.find((item) => item.vendor?.slug === 'south')?.status).toBe('ready');
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-13' }, admin)).status).toBe(400);
  });

  it('regenerates the monthly report alone, and shows why a report failed', async () => {
    expect(await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', monthlyOnly: true }, admin)).toEqual({ status: 202, body: { queued: 1 } });
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', vendor: 'south', monthlyOnly: true }, admin)).status).toBe(400);
    await api.app.get(ReportJobs).idle();
    // Tiny's kept row now points at a vendor that no longer exists: its generation fails and the list says why.
    const gone = '00000000-0000-4000-8000-000000000000';
    const tiny = (await getJson(api, '/api/vendors', admin)).body.find((vendor: { slug: string }) => vendor.slug === 'tiny');
    await api.dataSource.createQueryBuilder().update('report_archive').set({ vendorId: gone }).where('vendor_key = :key', { key: tiny.id }).execute();
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', vendor: 'tiny' }, admin)).status).toBe(202);
    await api.app.get(ReportJobs).idle();
    const items = (await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[];
    const failed = items.filter((item) => item.status === 'failed');
    expect(failed.map((item) => item.error)).toEqual([`vendor ${gone} no longer exists`]);
    expect(items.filter((item) => item.status !== 'failed').every((item) => item.error === null)).toBe(true);
  });
  it('generates a report request once, however often its job is queued', async () => {
    expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', vendor: 'south' }, admin)).status).toBe(202);
    await api.app.get(ReportJobs).idle();
    const south = async () => ((await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[]).find((item) => item.vendor?.slug === 'south');
    const first = await south();
    expect(first).toMatchObject({ status: 'ready', job: { state: 'done', attempt: 1, attempts: 4, lastFailure: null, nextRetryAt: null } });
    const [row] = await api.dataSource.query(`SELECT requested_at FROM report_archive WHERE id = '${first?.id}'`);
    const request = { archiveId: first?.id ?? '', requestedAt: row.requested_at as string };
    await api.app.get(ReportJobs).enqueue([request, request], 'last');
    await api.app.get(ReportJobs).enqueue([request], 'first');
    await api.app.get(ReportJobs).idle();
    expect(await south()).toEqual(first);
  });

  it('retries a report whose generation failed, and the list shows the attempt, why, and when it runs again', async () => {
    const started = Date.now();
    const north = async () => ((await getJson(api, '/api/reports/archive', admin)).body.items as ArchivedReportDto[]).find((item) => item.vendor?.slug === 'north');
    // The reviews the report reads are away: its run fails as during a database outage, and succeeds once they are back.
    await api.dataSource.query('ALTER TABLE reviews RENAME TO reviews_away');
    try {
      expect((await postJson(api, '/api/reports/archive/regenerate', { month: '2026-05', vendor: 'north' }, admin)).status).toBe(202);
      await waitFor('a failed run', async () => (await north())?.job.state === 'retrying', 60_000, 10);
      const retrying = await north();
      expect(retrying).toMatchObject({ status: 'pending', error: null, job: { state: 'retrying', attempts: 4 } });
      expect(retrying?.job.lastFailure).toMatch(/reviews/);
      expect(Date.parse(retrying?.job.nextRetryAt ?? '')).toBeGreaterThan(started);
    } finally {
      await api.dataSource.query('ALTER TABLE reviews_away RENAME TO reviews');
    }
    await api.app.get(ReportJobs).idle();
    const done = await north();
    expect(done).toMatchObject({ status: 'ready', error: null, job: { state: 'done', attempts: 4, nextRetryAt: null } });
    expect(done?.job.attempt).toBeGreaterThanOrEqual(2);
    expect(done?.job.lastFailure).toMatch(/reviews/);
  });
});
