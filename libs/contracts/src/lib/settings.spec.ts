import { clockMinutes, clockTime, isCountryCode, isTimeZone, scoringSettingsSchema, vendorProfileSchema } from './settings';

const targets = (seconds = 60) =>
  Object.fromEntries(['chat', 'email', 'social', 'voice-transcript', 'phone-notes'].map((channel) => [channel, { firstResponseSeconds: seconds, replyGapSeconds: seconds }]));

const issues = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

describe('scoringSettingsSchema', () => {
  const valid = { weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 }, slaTargets: targets() };

  it('accepts weights and a target for every channel', () => {
    expect(scoringSettingsSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a negative weight', { ...valid, weights: { ...valid.weights, courtesy: -1 } }, 'weights.courtesy: must be 0 or more'],
    ['weights that are all zero', { ...valid, weights: { responsiveness: 0, courtesy: 0, comprehension: 0 } }, 'weights: at least one weight must be above 0'],
    ['a missing channel', { ...valid, slaTargets: { chat: { firstResponseSeconds: 60, replyGapSeconds: 60 } } }, 'slaTargets.email: Invalid input: expected object, received undefined'],
    ['fractional seconds', { ...valid, slaTargets: { ...targets(), chat: { firstResponseSeconds: 1.5, replyGapSeconds: 60 } } }, 'slaTargets.chat.firstResponseSeconds: must be whole seconds'],
    ['a zero target', { ...valid, slaTargets: targets(0) }, 'slaTargets.chat.firstResponseSeconds: must be at least 1 second'],
  ])('refuses %s', (_case, input, message) => {
    expect(issues(scoringSettingsSchema.safeParse(input))).toContain(message);
  });

  it('refuses an unknown channel and unknown fields', () => {
    expect(scoringSettingsSchema.safeParse({ ...valid, slaTargets: { ...targets(), fax: { firstResponseSeconds: 1, replyGapSeconds: 1 } } }).success).toBe(false);
    expect(scoringSettingsSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
  });
});

describe('vendorProfileSchema', () => {
  const valid = {
    slug: 'lisboa-contact',
    name: 'Lisboa Contact',
    country: 'pt',
    timeZone: 'Europe/Lisbon',
    sites: ['Lisbon'],
    businessHours: { mon: [{ from: '08:00', to: '12:00' }, { from: '13:00', to: '18:00' }], sat: [{ from: '00:00', to: '24:00' }] },
    expectedFormality: { de: 'formal' },
  };

  it('accepts a profile, upper-cases the country and fills closed days', () => {
    const parsed = vendorProfileSchema.parse(valid);
    expect(parsed.country).toBe('PT');
    expect(parsed.businessHours).toEqual({
      sun: [],
      mon: [
        { from: '08:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      tue: [],
      wed: [],
      thu: [],
      fri: [],
      sat: [{ from: '00:00', to: '24:00' }],
    });
  });

  it.each([
    ['a slug with capitals', { slug: 'Lisboa' }, 'slug: must be lower-case letters and digits joined by single hyphens, e.g. lisboa-contact'],
    ['an unknown country', { country: 'XX' }, 'country: must be an ISO 3166-1 alpha-2 country code such as PT'],
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }, 'timeZone: must be an IANA time zone such as Europe/Lisbon'],
    ['a time that is not HH:MM', { businessHours: { mon: [{ from: '8:00', to: '12:00' }] } }, 'businessHours.mon.0.from: must be HH:MM'],
    ['an interval closing before it opens', { businessHours: { mon: [{ from: '18:00', to: '09:00' }] } }, 'businessHours.mon: each interval must close after it opens'],
    [
      'overlapping intervals',
      { businessHours: { tue: [{ from: '09:00', to: '13:00' }, { from: '12:00', to: '17:00' }] } },
      'businessHours.tue: intervals of a day must not overlap',
    ],
    ['an unknown day', { businessHours: { funday: [] } }, 'businessHours: Unrecognized key: "funday"'],
    ['an unknown formality', { expectedFormality: { de: 'posh' } }, 'expectedFormality.de: Invalid option: expected one of "formal"|"informal"|"neutral"'],
    ['a language that is not a code', { expectedFormality: { German: 'formal' } }, 'expectedFormality.German: must be a language code such as de'],
  ])('refuses %s', (_case, change, message) => {
    expect(issues(vendorProfileSchema.safeParse({ ...valid, ...change }))).toContain(message);
  });
});

describe('helpers', () => {
  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['24:00', 1440],
  ])('%s is %d minutes and back', (time, minutes) => {
    expect(clockMinutes(time)).toBe(minutes);
    expect(clockTime(minutes)).toBe(time);
  });

  it.each([
    ['Europe/Lisbon', true],
    ['UTC', true],
    ['Asia/Manila', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('time zone %s → %s', (zone, valid) => {
    expect(isTimeZone(zone)).toBe(valid);
  });

  it.each([
    ['PT', true],
    ['PH', true],
    ['pt', false],
    ['XX', false],
    ['ZZ', false],
    ['PRT', false],
  ])('country %s → %s', (code, valid) => {
    expect(isCountryCode(code)).toBe(valid);
  });
});
