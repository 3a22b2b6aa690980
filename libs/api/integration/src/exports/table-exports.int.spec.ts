import * as ExcelJS from 'exceljs';
import { createTestApi, getJson, loginAs, seedVendor, TestApi } from '@rapport/api-testing';
import type { AuditEntryDto } from '@rapport/contracts';
import { ingestPlanted } from '../analytics/analytics-setup';
import { PlantedCell, plantedData } from '../analytics/planted-data';
import { download } from '../reports/report-files';

const LANGUAGES = ['de', 'en', 'fr'] as const;
const MONTH = '2026-05';
/** Text a spreadsheet would run as a formula, in every text field a conversation export carries. */
const FORMULA_ID = '=HYPERLINK("http://attacker.example","open");x';
const FORMULA_QUEUE = '+cmd;=1+1\t@SUM(A1)';
const FORMULA_AGENT = '-agent=2';
const TRIGGERS = ['=', '+', '-', '@'];

function cells(vendor: string, perLanguage: number): PlantedCell[] {
  return LANGUAGES.map((language): PlantedCell => ({ vendor, language, conversations: perLanguage }));
}

/** The body of a download that must succeed; fails the test with the error answer otherwise. */
async function okBody(pending: Promise<{ status: number; body: Buffer }>): Promise<Buffer> {
  const file = await pending;
  if (file.status !== 200) {
    throw new Error(`answered ${file.status}: ${file.body.toString('utf8').slice(0, 300)}`);
  }
  return file.body;
}

/** Lines of a CSV answer without the byte order mark; records here hold no line breaks. */
function lines(body: Buffer): string[] {
  return body.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter((line) => line.length > 0);
}

/** A minimal RFC 4180 reader for one line: quoted fields may hold the separator and doubled quotes. */
function fields(line: string, separator: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i] as string;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        current += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      out.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  out.push(current);
  return out;
}

/** Records as objects keyed by the header. */
function records(body: Buffer, separator = ','): Record<string, string>[] {
  const [header, ...rest] = lines(body);
  const names = fields(header as string, separator);
  return rest.map((line) => Object.fromEntries(fields(line, separator).map((value, index) => [names[index], value])));
}

describe('GET /api/exports/*', () => {
  let api: TestApi;
  let admin: Record<string, string>;
  let executive: Record<string, string>;
  let partnerNorth: Record<string, string>;
  let northId: string;
  let plantedNorthAgents: string[];

  beforeAll(async () => {
    api = await createTestApi();
    northId = (await seedVendor(api, { slug: 'north', name: 'North Support' })).id;
    await seedVendor(api, { slug: 'south', name: 'South Desk' });
    admin = (await loginAs(api, 'admin')).headers;
    const data = plantedData(202605, MONTH, [...cells('north', 40), ...cells('south', 40)]);
    const template = data.conversations[0];
    if (!template) {
      throw new Error('no planted conversation');
    }
    data.conversations.push({
      ...template,
      externalId: FORMULA_ID,
      queue: FORMULA_QUEUE,
      messages: template.messages.map((message) => (message.role === 'agent' ? { ...message, agentId: FORMULA_AGENT } : message)),
    });
    plantedNorthAgents = [
      ...new Set(
        data.conversations
          .filter((conversation) => conversation.vendor === 'north')
          .flatMap((conversation) => conversation.messages.flatMap((message) => (message.agentId ? [message.agentId] : []))),
      ),
    ].sort();
    await ingestPlanted(api, admin, data);
    executive = (await loginAs(api, 'executive')).headers;
    partnerNorth = (await loginAs(api, 'partner', northId)).headers;
  }, 180_000);
  afterAll(() => api.close());

  describe('conversations', () => {
    it('streams every conversation of the filters as a CSV attachment with one column per field', async () => {
      const file = await download(api, `/api/exports/conversations?month=${MONTH}`, executive);
      expect(file.status).toBe(200);
      expect(file.type).toBe('text/csv; charset=utf-8');
      expect(file.disposition).toBe('attachment; filename="rapport-conversations.csv"');
      const rows = records(file.body);
      expect(rows).toHaveLength(241);
      expect(Object.keys(rows[0] as object)).toEqual([
        'conversation_id', 'source', 'external_id', 'created_at', 'day', 'vendor_slug', 'vendor_name', 'channel', 'queue', 'site',
        'agent_external_id', 'agent_name', 'declared_language', 'detected_language', 'score_status', 'scorer_version',
        'first_response_seconds', 'within_sla', 'responsiveness', 'courtesy', 'comprehension', 'overall', 'csat', 'csat_satisfied', 'fired_rules',
      ]);
      const first = rows.find((row) => row['external_id'] === 'north-de-2026-05-0') as Record<string, string>;
      expect(first).toMatchObject({ vendor_slug: 'north', vendor_name: 'North Support', declared_language: 'de', source: 'planted', score_status: 'scored' });
      expect(Number(first['first_response_seconds'])).toBeGreaterThanOrEqual(60);
      expect(Number(first['overall'])).toBeGreaterThan(0);
      // CSAT is kept on a 0–100 scale: a 1–5 answer is 0, 25, 50, 75 or 100.
      expect(['0', '25', '50', '75', '100']).toContain(first['csat']);
      expect(first['agent_external_id']).toMatch(/^north-agent-\d$/);
      // Ordered by day: the export never needs an offset.
      const days = rows.map((row) => row['day'] as string);
      expect(days).toEqual([...days].sort());
    });

    it('respects the page filters: vendor and language', async () => {
      const rows = records(await okBody(download(api, `/api/exports/conversations?month=${MONTH}&vendors=south&languages=fr`, executive)));
      expect(rows).toHaveLength(40);
      expect(new Set(rows.map((row) => `${row['vendor_slug']} ${row['declared_language']}`))).toEqual(new Set(['south fr']));
    });

    it('gives a partner its own vendor only, and refuses naming another vendor as the list does', async () => {
      const file = await download(api, `/api/exports/conversations?month=${MONTH}`, partnerNorth);
      expect(file.status).toBe(200);
      const rows = records(file.body);
      expect(rows).toHaveLength(121);
      expect(new Set(rows.map((row) => row['vendor_slug']))).toEqual(new Set(['north']));
      expect(file.body.toString('utf8')).not.toContain('South');
      expect((await download(api, `/api/exports/conversations?month=${MONTH}&vendors=south`, partnerNorth)).status).toBe(404);
    });

    it.each([
      ['comma', ','],
      ['semicolon', ';'],
      ['tab', '\t'],
    ])('neutralises formulas for a reader splitting on the %s separator, and reads back the original text', async (name, separator) => {
      const file = await download(api, `/api/exports/conversations?month=${MONTH}&vendors=north&separator=${name}`, executive);
      const text = file.body.toString('utf8').replace(/^\uFEFF/, '');
      // A spreadsheet set to this separator splits every line on it, quotes or not: no cell may start a formula.
      for (const reader of [',', ';', '\t']) {
        const risky = text
          .split('\r\n')
          .flatMap((line) => line.split(reader))
          .map((cell) => cell.replace(/^[" ]*/, ''))
          .filter((cell) => TRIGGERS.includes(cell.charAt(0)));
        expect({ reader, risky }).toEqual({ reader, risky: [] });
      }
      const row = records(file.body, separator).find((record) => record['external_id']?.includes('HYPERLINK')) as Record<string, string>;
      expect(row['external_id']).toBe(`'=HYPERLINK("http://attacker.example","open");x`);
      expect(row['queue']).toBe("'+cmd;'=1+1\t'@SUM(A1)");
      expect(row['agent_external_id']).toBe("'-agent=2");
    });

    it('downloads as an Excel workbook that reads back with every row and the text as typed text', async () => {
      const file = await download(api, `/api/exports/conversations?month=${MONTH}&vendors=north&format=xlsx`, executive);
      expect(file.status).toBe(200);
      expect(file.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(file.disposition).toBe('attachment; filename="rapport-conversations.xlsx"');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet('conversations') as ExcelJS.Worksheet;
      expect(sheet.rowCount).toBe(122);
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(header[2]).toBe('external_id');
      const crafted = sheet.getColumn(3).values.findIndex((value) => typeof value === 'string' && value.includes('HYPERLINK'));
      const cell = sheet.getRow(crafted).getCell(3);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(FORMULA_ID);
      expect(sheet.getRow(crafted).getCell(9).value).toBe(FORMULA_QUEUE);
    });

    it('answers a bad format or separator with a 400 naming it', async () => {
      const format = await download(api, `/api/exports/conversations?format=pdf`, executive);
      expect(format.status).toBe(400);
      expect(JSON.parse(format.body.toString('utf8')).message).toContain('format');
      const separator = await download(api, `/api/exports/conversations?separator=pipe`, executive);
      expect(separator.status).toBe(400);
      expect(JSON.parse(separator.body.toString('utf8')).message).toContain('separator');
    });
  });

  describe('aggregates', () => {
    it('exports the scorecard one statistic per row, with the month’s conversations and the filters respected', async () => {
      const rows = records(await okBody(download(api, `/api/exports/scorecard?month=${MONTH}`, executive)));
      const overall = rows.filter((row) => row['metric'] === 'overall');
      expect(overall.map((row) => [row['vendor_slug'], row['month'], row['conversations']]).sort()).toEqual([
        ['north', MONTH, '121'],
        ['south', MONTH, '120'],
      ]);
      for (const row of overall) {
        expect(Number(row['lower'])).toBeLessThanOrEqual(Number(row['estimate']));
        expect(Number(row['upper'])).toBeGreaterThanOrEqual(Number(row['estimate']));
        expect(row['status']).toBe('ok');
      }
      const south = records(await okBody(download(api, `/api/exports/scorecard?month=${MONTH}&vendors=south`, executive)));
      expect(new Set(south.map((row) => row['vendor_slug']))).toEqual(new Set(['south']));
    });

    it('exports the comparison, gap matrix, coverage and drivers with both vendors named', async () => {
      const compare = records(await okBody(download(api, `/api/exports/compare?month=${MONTH}&vendors=north,south`, executive)));
      expect(compare.some((row) => row['row'] === 'difference' && row['vendor_slug'] === 'north' && row['other_vendor_slug'] === 'south')).toBe(true);
      const gaps = records(await okBody(download(api, `/api/exports/gaps?month=${MONTH}`, executive)));
      expect(new Set(gaps.map((row) => `${row['vendor_slug']}:${row['language']}`))).toEqual(
        new Set(['north:de', 'north:en', 'north:fr', 'south:de', 'south:en', 'south:fr']),
      );
      // Every comparison says what it allows for; one without a figure says why.
      const adjustments = new Set(['channel+queue+hour band', 'channel+queue', 'channel', 'none']);
      for (const row of gaps) {
        for (const side of ['vs_other_languages', 'vs_other_vendors']) {
          expect(adjustments.has(row[`${side}_adjusted_for`])).toBe(true);
          expect(row[`${side}_no_figure_reason`] === '').toBe(row[`${side}_status`] === 'ok');
        }
      }
      const coverage = records(await okBody(download(api, `/api/exports/coverage?month=${MONTH}&separator=semicolon`, executive)), ';');
      const northVolume = coverage.filter((row) => row['vendor_slug'] === 'north').reduce((sum, row) => sum + Number(row['conversations']), 0);
      expect(northVolume).toBe(121);
      const drivers = records(await okBody(download(api, `/api/exports/drivers?month=${MONTH}`, executive)));
      expect(new Set(drivers.map((row) => row['vendor_slug']))).toEqual(new Set(['all', 'north', 'south']));
      expect(drivers.filter((row) => row['row'] === 'dimension').map((row) => row['name'])).toContain('courtesy');
    });

    it('exports every agent of the vendor, the crafted name neutralised', async () => {
      const file = await download(api, `/api/exports/agents?month=${MONTH}&vendor=north&minSample=10`, executive);
      expect({ status: file.status, body: file.status === 200 ? '' : file.body.toString('utf8') }).toEqual({ status: 200, body: '' });
      const rows = records(file.body);
      expect(rows.map((row) => row['agent_external_id'].replace(/^'/, '')).sort()).toEqual(plantedNorthAgents);
      expect(rows.map((row) => row['agent_external_id'])).toContain("'-agent=2");
    });

    it('keeps a partner to its own vendor in every aggregate', async () => {
      for (const path of ['scorecard', 'gaps', 'coverage', 'drivers']) {
        const file = await download(api, `/api/exports/${path}?month=${MONTH}`, partnerNorth);
        expect({ path, status: file.status }).toEqual({ path, status: 200 });
        expect({ path, south: file.body.toString('utf8').includes('south') }).toEqual({ path, south: false });
      }
      expect((await download(api, `/api/exports/agents?month=${MONTH}&vendor=south`, partnerNorth)).status).toBe(404);
      expect((await download(api, `/api/exports/compare?month=${MONTH}&vendors=north,south`, partnerNorth)).status).toBe(404);
    });
  });

  describe('audit', () => {
    it('records who exported which table with which filters and format', async () => {
      await okBody(download(api, `/api/exports/coverage?month=${MONTH}&languages=de&separator=tab`, partnerNorth));
      await okBody(download(api, `/api/exports/conversations?month=${MONTH}&vendors=south&format=xlsx`, executive));
      const entries = (await getJson(api, '/api/audit?action=export.download', admin)).body.entries as AuditEntryDto[];
      const coverage = entries.find((entry) => entry.targetId === 'coverage');
      expect(coverage).toMatchObject({ actorKind: 'user', vendorId: northId, details: { table: 'coverage', format: 'csv', separator: 'tab', filters: { month: MONTH, languages: ['de'] } } });
      const conversations = entries.find((entry) => entry.targetId === 'conversations');
      expect(conversations).toMatchObject({ vendorId: null, details: { format: 'xlsx', filters: { month: MONTH, vendors: ['south'] } } });
      expect(conversations?.actorLabel).toContain('executive');
    });
  });
});
