import { DEFAULT_SCORING_SETTINGS, readStoredScoringSettings, toScoringContext } from './stored-scoring-settings';

describe('DEFAULT_SCORING_SETTINGS', () => {
  it('are the scoring library documented defaults', () => {
    // libs/scoring/README.md: weights 0.35 / 0.35 / 0.30; chat 60 s / 120 s; voice 30 s / 60 s; social 1 h / 1 h; email 8 h / 8 h; phone notes 4 h / 8 h.
    expect(DEFAULT_SCORING_SETTINGS).toEqual({
      weights: { responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 },
      slaTargets: {
        chat: { firstResponseSeconds: 60, replyGapSeconds: 120 },
        'voice-transcript': { firstResponseSeconds: 30, replyGapSeconds: 60 },
        social: { firstResponseSeconds: 3600, replyGapSeconds: 3600 },
        email: { firstResponseSeconds: 28800, replyGapSeconds: 28800 },
        'phone-notes': { firstResponseSeconds: 14400, replyGapSeconds: 28800 },
      },
    });
  });
});

describe('readStoredScoringSettings', () => {
  it.each([
    ['nothing stored', undefined],
    ['not an object', 'weights'],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_case, stored) => {
    expect(readStoredScoringSettings(stored)).toEqual(DEFAULT_SCORING_SETTINGS);
  });

  it('keeps valid parts and falls back per part for invalid ones', () => {
    const stored = {
      weights: { responsiveness: 1, courtesy: 2, comprehension: 1 },
      slaTargets: { chat: { firstResponseSeconds: 30, replyGapSeconds: 90 }, email: { firstResponseSeconds: -1, replyGapSeconds: 10 } },
    };
    const read = readStoredScoringSettings(stored);
    expect(read.weights).toEqual({ responsiveness: 1, courtesy: 2, comprehension: 1 });
    expect(read.slaTargets.chat).toEqual({ firstResponseSeconds: 30, replyGapSeconds: 90 });
    expect(read.slaTargets.email).toEqual({ firstResponseSeconds: 28800, replyGapSeconds: 28800 });
    expect(read.slaTargets.social).toEqual({ firstResponseSeconds: 3600, replyGapSeconds: 3600 });
  });

  it('falls back to default weights when they are all zero', () => {
    expect(readStoredScoringSettings({ weights: { responsiveness: 0, courtesy: 0, comprehension: 0 } }).weights).toEqual({ responsiveness: 0.35, courtesy: 0.35, comprehension: 0.3 });
  });
});

describe('toScoringContext', () => {
  it('keeps the weights and adds each channel its clock', () => {
    const settings = {
      ...DEFAULT_SCORING_SETTINGS,
      weights: { responsiveness: 2, courtesy: 1, comprehension: 1 },
      slaTargets: { ...DEFAULT_SCORING_SETTINGS.slaTargets, email: { firstResponseSeconds: 3600, replyGapSeconds: 7200 } },
    };
    const context = toScoringContext(settings);
    expect(context.weights).toEqual({ responsiveness: 2, courtesy: 1, comprehension: 1 });
    expect(context.sla.email).toEqual({ firstResponseSeconds: 3600, replyGapSeconds: 7200, clock: 'business' });
    expect(context.sla.chat).toEqual({ firstResponseSeconds: 60, replyGapSeconds: 120, clock: 'wall' });
  });
});
