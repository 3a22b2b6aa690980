import type { ScoringSettingsDto, VendorProfileDto } from '@rapport/contracts';

/** A vendor profile and scoring settings as the API answers them, for specs. */
export const PROFILE: VendorProfileDto = {
  id: '6f1c2a34-0000-4000-8000-000000000001',
  slug: 'lisboa-contact',
  name: 'Lisboa Contact',
  country: 'PT',
  timeZone: 'Europe/Lisbon',
  sites: ['Lisbon'],
  businessHours: {
    sun: [],
    mon: [{ from: '08:00', to: '18:00' }],
    tue: [{ from: '08:00', to: '18:00' }],
    wed: [{ from: '08:00', to: '18:00' }],
    thu: [{ from: '08:00', to: '18:00' }],
    fri: [{ from: '08:00', to: '18:00' }],
    sat: [],
  },
  expectedFormality: { de: 'formal' },
  holidays: [{ date: '2026-12-25', name: 'Natal' }],
  createdAt: '2025-01-01T00:00:00.000Z',
};

export const SETTINGS: ScoringSettingsDto = {
  weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
  slaTargets: {
    chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
    email: { firstResponseSeconds: 28_800, replyGapSeconds: 28_800 },
    social: { firstResponseSeconds: 3_600, replyGapSeconds: 3_600 },
    'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
    'phone-notes': { firstResponseSeconds: 14_400, replyGapSeconds: 28_800 },
  },
};
