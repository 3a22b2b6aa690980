import type { MonthlyVolumeDto, VendorDto } from '@rapport/contracts';
import { coincidingGroups, toMonthlyVolumeChart } from './monthly-volume-chart';
import { toVendorSeries } from './vendor-series';

const vendor = (id: string, name: string): VendorDto => ({
  id,
  slug: id,
  name,
  country: 'PT',
  timeZone: 'Europe/Lisbon',
  sites: ['Lisbon'],
});

const VENDORS = [vendor('v-lis', 'Lisboa Contact'), vendor('v-man', 'Manila Desk'), vendor('v-nor', 'Nordic Care')];

const VOLUMES: MonthlyVolumeDto[] = [
  { vendorId: 'v-lis', month: '2025-01', conversations: 120 },
  { vendorId: 'v-man', month: '2025-01', conversations: 300 },
  { vendorId: 'v-lis', month: '2025-03', conversations: 80 },
  { vendorId: 'v-man', month: '2025-03', conversations: 310 },
];

describe('toMonthlyVolumeChart', () => {
  it('is a line chart with one label per consecutive month, gaps included', () => {
    const chart = toMonthlyVolumeChart(VENDORS, VOLUMES);
    expect(chart.type).toBe('line');
    expect(chart.data.labels).toEqual(['Jan 2025', 'Feb 2025', 'Mar 2025']);
  });

  it('has one series per vendor in the order given, with zero for months without conversations', () => {
    const chart = toMonthlyVolumeChart(VENDORS, VOLUMES);
    expect(chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Lisboa Contact', [120, 0, 80]],
      ['Manila Desk', [300, 0, 310]],
      ['Nordic Care', [0, 0, 0]],
    ]);
  });

  it('adds up repeated vendor-months', () => {
    const chart = toMonthlyVolumeChart(VENDORS.slice(0, 1), [
      { vendorId: 'v-lis', month: '2025-01', conversations: 5 },
      { vendorId: 'v-lis', month: '2025-01', conversations: 7 },
    ]);
    expect(chart.data.datasets[0].data).toEqual([12]);
  });

  it('draws only the months asked for', () => {
    const chart = toMonthlyVolumeChart(VENDORS.slice(0, 2), VOLUMES, ['2025-02', '2025-03']);
    expect(chart.data.labels).toEqual(['Feb 2025', 'Mar 2025']);
    expect(chart.data.datasets.map((dataset) => dataset.data)).toEqual([
      [0, 80],
      [0, 310],
    ]);
  });

  it('keeps volume of a vendor missing from the list, under its id', () => {
    const chart = toMonthlyVolumeChart(VENDORS.slice(0, 1), [
      { vendorId: 'v-lis', month: '2025-01', conversations: 1 },
      { vendorId: 'v-gone', month: '2025-01', conversations: 9 },
    ]);
    expect(chart.data.datasets.map((dataset) => [dataset.label, dataset.data])).toEqual([
      ['Lisboa Contact', [1]],
      ['Unknown vendor (v-gone)', [9]],
    ]);
  });

  it('colours and marks series with the colour-blind-safe palette, in order', () => {
    const chart = toMonthlyVolumeChart(VENDORS, VOLUMES);
    expect(chart.data.datasets.map((dataset) => [dataset.borderColor, dataset.pointStyle])).toEqual([
      ['#0072B2', 'circle'],
      ['#E69F00', 'rect'],
      ['#009E73', 'triangle'],
    ]);
  });

  it('counts from zero in whole conversations', () => {
    const y = toMonthlyVolumeChart(VENDORS, VOLUMES).options?.scales?.['y'];
    expect(y).toMatchObject({ beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: 'Conversations' } });
  });

  it('has no labels and empty series without volume', () => {
    const chart = toMonthlyVolumeChart(VENDORS.slice(0, 1), []);
    expect(chart.data.labels).toEqual([]);
    expect(chart.data.datasets.map((dataset) => dataset.data)).toEqual([[]]);
  });
});

describe('vendor colours and coinciding lines', () => {
  it('draws each vendor in the colour of its stored index, whatever its place in the list', () => {
    const named = [{ ...vendor('v-new', 'Aardvark Care'), colourIndex: 3 }, { ...vendor('v-lis', 'Lisboa Contact'), colourIndex: 0 }];
    const chart = toMonthlyVolumeChart(named, VOLUMES.filter((volume) => volume.vendorId === 'v-lis'));
    // Okabe–Ito order: index 0 blue, index 3 vermillion.
    expect(chart.data.datasets.map((dataset) => [dataset.label, dataset.borderColor])).toEqual([
      ['Aardvark Care', '#D55E00'],
      ['Lisboa Contact', '#0072B2'],
    ]);
  });

  it('lets lines with identical figures take turns along their path, each in its own dashes', () => {
    const same: MonthlyVolumeDto[] = [
      { vendorId: 'v-lis', month: '2025-01', conversations: 10 },
      { vendorId: 'v-man', month: '2025-01', conversations: 10 },
      { vendorId: 'v-nor', month: '2025-01', conversations: 10 },
    ];
    const chart = toMonthlyVolumeChart(VENDORS, same);
    expect(coincidingGroups(toVendorSeries(VENDORS, same, ['2025-01']))).toEqual([['Lisboa Contact', 'Manila Desk', 'Nordic Care']]);
    expect(chart.data.datasets.map((dataset) => [dataset.borderDash, dataset.borderDashOffset])).toEqual([
      [[8, 16], -0],
      [[8, 16], -8],
      [[8, 16], -16],
    ]);
  });
});
