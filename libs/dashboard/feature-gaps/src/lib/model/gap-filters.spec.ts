import { cellKey, gapPeriod, gapsQuery, parseCellKey, parseGapFilters } from './gap-filters';

describe('parseGapFilters', () => {
  it('defaults to the overall score compared with other vendors, no period and nothing narrowed', () => {
    expect(parseGapFilters({})).toEqual({ metric: 'overall', compare: 'vendors', from: null, to: null, vendors: [], channels: [], cell: null, fdr: 'bh' });
  });

  it('reads every filter from the URL', () => {
    expect(
      parseGapFilters({ metric: 'courtesy', compare: 'languages', from: '2025-01', to: '2025-03', vendors: 'lisboa-contact, manila-desk', channels: 'chat,email', cell: 'v1:de' }),
    ).toEqual({ metric: 'courtesy', compare: 'languages', from: '2025-01', to: '2025-03', vendors: ['lisboa-contact', 'manila-desk'], channels: ['chat', 'email'], cell: 'v1:de', fdr: 'bh' });
  });

  it.each([
    ['an unknown metric', { metric: 'firstResponseMedian' }, { metric: 'overall' }],
    ['an unknown comparison', { compare: 'sideways' }, { compare: 'vendors' }],
    ['a malformed month', { from: '2025-13', to: 'May' }, { from: null, to: null }],
    ['an unknown channel and repeats', { channels: 'chat,fax,chat' }, { channels: ['chat'] }],
    ['a cell without a language', { cell: 'v1' }, { cell: null }],
  ])('drops %s', (_case, params, expected) => {
    expect(parseGapFilters(params)).toMatchObject(expected);
  });
});

describe('gapPeriod', () => {
  const filters = parseGapFilters({});

  it.each([
    ['the three latest months by default', {}, { from: '2025-03', to: '2025-05' }],
    ['the URL period', { from: '2024-11', to: '2025-01' }, { from: '2024-11', to: '2025-01' }],
    ['three months ending at a lone "to"', { to: '2025-02' }, { from: '2024-12', to: '2025-02' }],
    ['a lone "from" up to the latest month', { from: '2025-01' }, { from: '2025-01', to: '2025-05' }],
    ['swapped bounds put right', { from: '2025-04', to: '2025-02' }, { from: '2025-02', to: '2025-04' }],
  ])('covers %s', (_case, period, expected) => {
    expect(gapPeriod({ ...filters, ...period }, '2025-05')).toEqual(expected);
  });
});

describe('gapsQuery', () => {
  it('asks for the period, vendors and channels, never for one metric', () => {
    const filters = parseGapFilters({ metric: 'csat', vendors: 'a', channels: 'chat', cell: 'v:de' });
    expect(gapsQuery(filters, '2025-05')).toEqual({ from: '2025-03', to: '2025-05', vendors: ['a'], channels: ['chat'] });
  });
});

describe('cell keys', () => {
  it('round-trip and tolerate colons in ids', () => {
    expect(parseCellKey(cellKey('v:1', 'pt'))).toEqual({ vendorId: 'v:1', language: 'pt' });
    expect(parseCellKey('nolanguage')).toBeNull();
  });
});
