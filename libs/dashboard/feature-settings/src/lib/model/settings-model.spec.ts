import type { VendorProfileDto } from '@rapport/contracts';
import { joinDuration, splitDuration, weightShares } from './duration-units';
import { emptyVendorDraft, hoursSummary, messagesByField, slugify, toVendorDraft, toVendorInput } from './vendor-draft';

const PROFILE: VendorProfileDto = {
  id: 'v1',
  slug: 'lisboa-contact',
  name: 'Lisboa Contact',
  country: 'PT',
  timeZone: 'Europe/Lisbon',
  sites: ['Lisbon', 'Porto'],
  businessHours: {
    sun: [],
    mon: [{ from: '08:00', to: '20:00' }],
    tue: [{ from: '08:00', to: '20:00' }],
    wed: [{ from: '08:00', to: '20:00' }],
    thu: [{ from: '08:00', to: '20:00' }],
    fri: [{ from: '08:00', to: '20:00' }],
    sat: [{ from: '10:00', to: '14:00' }],
  },
  expectedFormality: { de: 'formal', pt: 'neutral' },
  holidays: [],
  createdAt: '2025-01-01T00:00:00.000Z',
};

describe('vendor draft', () => {
  it('round-trips a profile through the form', () => {
    expect(toVendorInput(toVendorDraft(PROFILE))).toEqual({
      name: 'Lisboa Contact',
      slug: 'lisboa-contact',
      country: 'PT',
      timeZone: 'Europe/Lisbon',
      sites: ['Lisbon', 'Porto'],
      businessHours: PROFILE.businessHours,
      expectedFormality: { de: 'formal', pt: 'neutral' },
      holidays: [],
    });
  });

  it('cleans what was typed: sites split and trimmed, country upper-cased, blank formality rows dropped', () => {
    const draft = { ...emptyVendorDraft(), name: ' Graz ', country: 'at', sites: ' Graz, , Linz ', formality: [{ language: ' DE ', formality: 'formal' as const }, { language: '', formality: 'neutral' as const }] };
    expect(toVendorInput(draft)).toMatchObject({ name: 'Graz', country: 'AT', sites: ['Graz', 'Linz'], expectedFormality: { de: 'formal' } });
  });

  it('starts a new vendor on weekday office hours', () => {
    expect(hoursSummary(emptyVendorDraft().businessHours)).toBe('Mon–Fri 09:00–17:00');
  });

  it.each([
    ['Lisboa Contact, Lda.', 'lisboa-contact-lda'],
    ['  Ärzte Service Zürich ', 'arzte-service-zurich'],
    ['---', ''],
  ])('slugifies %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe('hoursSummary', () => {
  it('groups consecutive days with the same hours, Monday first', () => {
    expect(hoursSummary(PROFILE.businessHours)).toBe('Mon–Fri 08:00–20:00; Sat 10:00–14:00');
  });

  it('lists split days and says when a vendor is never open', () => {
    const split = { ...PROFILE.businessHours, mon: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '17:00' }] };
    expect(hoursSummary(split)).toBe('Mon 08:00–12:00, 13:00–17:00; Tue–Fri 08:00–20:00; Sat 10:00–14:00');
    const closed = Object.fromEntries(Object.keys(PROFILE.businessHours).map((day) => [day, []])) as unknown as VendorProfileDto['businessHours'];
    expect(hoursSummary(closed)).toBe('Closed all week');
  });
});

describe('messagesByField', () => {
  it('keys zod issues and API row errors by field, first message wins', () => {
    expect(
      messagesByField([
        { path: ['businessHours', 'mon'], message: 'intervals of a day must not overlap' },
        { path: ['businessHours', 'mon'], message: 'second' },
        { field: 'country', reason: 'must be an ISO code' },
        { path: [], message: 'whole form' },
      ]),
    ).toEqual({ 'businessHours.mon': 'intervals of a day must not overlap', country: 'must be an ISO code', form: 'whole form' });
  });
});

describe('durations and weights', () => {
  it.each([
    [60, { value: 1, unit: 'minutes' }],
    [90, { value: 90, unit: 'seconds' }],
    [28_800, { value: 8, unit: 'hours' }],
    [5_400, { value: 90, unit: 'minutes' }],
    [30, { value: 30, unit: 'seconds' }],
  ] as const)('splits %d seconds', (seconds, expected) => {
    expect(splitDuration(seconds)).toEqual(expected);
    expect(joinDuration(expected.value, expected.unit)).toBe(seconds);
  });

  it('rounds to whole seconds', () => {
    expect(joinDuration(1.5, 'minutes')).toBe(90);
    expect(joinDuration(0.0001, 'hours')).toBe(0);
  });

  it('gives each weight its share', () => {
    expect(weightShares({ responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 })).toEqual({ responsiveness: 35, courtesy: 35, comprehension: 30 });
    expect(weightShares({ a: 2, b: 1, c: 1 })).toEqual({ a: 50, b: 25, c: 25 });
    expect(weightShares({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
    expect(weightShares({ a: -1, b: 1 })).toEqual({ a: 0, b: 100 });
  });
});
