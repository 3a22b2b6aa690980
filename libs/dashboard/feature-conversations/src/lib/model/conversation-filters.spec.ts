import { bandOf, bandParams, pageRange, parseConversationFilters, withVendorSlugs } from './conversation-filters';
import { filterChips, hourOfWeekLabel } from './filter-chips';

describe('parseConversationFilters', () => {
  it('asks for the first page of 50, newest first, by default', () => {
    expect(parseConversationFilters({})).toEqual({ pageSize: 50 });
  });

  it('keeps the drill-down parameters of the API as they are', () => {
    expect(
      parseConversationFilters({
        from: '2025-03-01',
        to: '2025-05-31',
        vendors: 'v1',
        channels: 'chat,email',
        languages: 'de',
        queues: 'billing',
        hourOfWeek: '33',
        agent: 'ag-7',
        csatAgent: ' ben ',
        q: '  parcel late ',
        signals: 'missed-sla',
        rule: 'courtesy.curt-reply',
        csat: 'unsatisfied',
        courtesyMin: '0',
        courtesyMax: '39.99',
        sort: 'courtesy',
        page: '3',
      }),
    ).toEqual({
      from: '2025-03-01',
      to: '2025-05-31',
      vendors: ['v1'],
      channels: ['chat', 'email'],
      languages: ['de'],
      queues: ['billing'],
      hourOfWeek: 33,
      agent: 'ag-7',
      csatAgent: 'ben',
      q: 'parcel late',
      signals: ['missed-sla'],
      rule: 'courtesy.curt-reply',
      csat: 'unsatisfied',
      courtesyMin: 0,
      courtesyMax: 39.99,
      sort: 'courtesy',
      page: 3,
      pageSize: 50,
    });
  });

  it.each([
    ['a month beside from/to wins over them', { month: '2025-04', from: '2025-01' }, { month: '2025-04', pageSize: 50 }],
    ['malformed dates', { from: '2025-02-30', to: 'soon' }, { pageSize: 50 }],
    ['unknown channels, signals and statuses', { channels: 'fax', signals: 'happy', scoreStatus: 'done' }, { pageSize: 50 }],
    ['a rule that is not a rule id', { rule: 'rude' }, { pageSize: 50 }],
    ['a search of one character', { q: ' x ' }, { pageSize: 50 }],
    ['a search longer than the API takes', { q: 'x'.repeat(101) }, { pageSize: 50 }],
    ['an agent longer than the API takes', { agent: 'a'.repeat(201) }, { pageSize: 50 }],
    ['a credited agent longer than the API takes', { csatAgent: 'a'.repeat(201) }, { pageSize: 50 }],
    ['a band whose min is above its max', { overallMin: '80', overallMax: '20' }, { pageSize: 50 }],
    ['scores outside 0–100', { overallMin: '-5', courtesyMax: '140' }, { pageSize: 50 }],
    ['an hour past the week', { hourOfWeek: '168' }, { pageSize: 50 }],
    ['the default csat, sort and first page', { csat: 'any', sort: '-createdAt', page: '1' }, { pageSize: 50 }],
    ['an unknown sort and a page of zero', { sort: 'random', page: '0' }, { pageSize: 50 }],
  ])('drops %s', (_case, params, expected) => {
    expect(parseConversationFilters(params)).toEqual(expected);
  });
});

describe('withVendorSlugs', () => {
  const vendors = [
    { id: 'v1', slug: 'lisboa-contact' },
    { id: 'v2', slug: 'manila-desk' },
  ];

  it('names vendors given by id by their slug, keeping slugs and unknown tokens', () => {
    expect(withVendorSlugs({ vendors: ['v2', 'lisboa-contact', 'gone'], pageSize: 50 }, vendors)).toEqual({ vendors: ['manila-desk', 'lisboa-contact', 'gone'], pageSize: 50 });
    expect(withVendorSlugs({ vendors: ['v1', 'lisboa-contact'] }, vendors)).toEqual({ vendors: ['lisboa-contact'] });
  });

  it('leaves a query without vendors alone', () => {
    const query = { pageSize: 50 };
    expect(withVendorSlugs(query, vendors)).toBe(query);
  });
});

describe('score bands', () => {
  it('recognises a band, a custom range and no filter', () => {
    expect(bandOf({ overallMin: 0, overallMax: 39.99 }, 'overall')).toBe('poor');
    expect(bandOf({ overallMin: 10 }, 'overall')).toBe('custom');
    expect(bandOf({}, 'overall')).toBeNull();
  });

  it('sets and clears a band, back to the first page', () => {
    expect(bandParams('courtesy', 'great')).toEqual({ courtesyMin: '80', courtesyMax: '100', page: null });
    expect(bandParams('courtesy', null)).toEqual({ courtesyMin: null, courtesyMax: null, page: null });
  });
});

describe('pageRange', () => {
  it.each([
    [1, 50, 1234, { first: 1, last: 50, pages: 25 }],
    [25, 50, 1234, { first: 1201, last: 1234, pages: 25 }],
    [1, 50, 0, { first: 0, last: 0, pages: 1 }],
  ])('page %d of %d per page with %d results', (page, size, total, expected) => {
    expect(pageRange(page, size, total)).toEqual(expected);
  });
});

describe('filterChips', () => {
  it('lists filters without a control of their own (the agent and the search have theirs)', () => {
    const query = parseConversationFilters({ month: '2025-04', queues: 'billing,returns', agent: 'a-17', hourOfWeek: '33', scoreStatus: 'unsupported', overallMin: '10', courtesyMin: '0', courtesyMax: '39.99' });
    expect(filterChips(query, 'overall')).toEqual([
      { params: ['month'], label: 'Month 2025-04' },
      { params: ['queues'], label: 'Queue: billing, returns' },
      { params: ['scoreStatus'], label: 'Score status: unsupported' },
      { params: ['hourOfWeek'], label: 'Hour: Tuesday 09:00–10:00 (vendor time)' },
      { params: ['overallMin', 'overallMax'], label: 'Overall 10 to 100' },
      { params: ['courtesyMin', 'courtesyMax'], label: 'Courtesy 0 to 39.99' },
    ]);
  });

  it('leaves out the band the band control shows', () => {
    expect(filterChips(parseConversationFilters({ courtesyMin: '0', courtesyMax: '39.99' }), 'courtesy')).toEqual([]);
  });

  it.each([
    [0, 'Monday 00:00–01:00'],
    [167, 'Sunday 23:00–24:00'],
  ])('reads hour %d as %s', (hour, label) => {
    expect(hourOfWeekLabel(hour)).toBe(label);
  });
});
