import { gapsResponse } from '../../testing/gaps-fixtures';
import { adjustmentWords, shortfallWords, toFlaggedRows } from './gap-words';

const FINEST = ['channel', 'queue', 'hour band'] as const;

describe('adjustmentWords', () => {
  it.each([
    [['channel', 'queue', 'hour band'], 'adjusted for channel, queue and time of day'],
    [['channel', 'queue'], 'adjusted for channel and queue only'],
    [['channel'], 'adjusted for channel only'],
    [[], 'not adjusted for case mix'],
  ] as const)('says %p as %p', (adjustedFor, words) => {
    expect(adjustmentWords(adjustedFor, FINEST)).toBe(words);
  });
});

describe('shortfallWords', () => {
  it('names the side that lacks conversations, with the counts', () => {
    expect(shortfallWords({ reason: 'too-few-in-cell', cellN: 1, referenceN: 400, minimum: 30 }, 'other vendors in Spanish')).toBe(
      'Not enough data: this cell has 1 conversation, at least 30 are needed',
    );
    expect(shortfallWords({ reason: 'too-few-in-reference', cellN: 298, referenceN: 0, minimum: 30 }, 'other vendors in Spanish')).toBe(
      'Not enough data: other vendors in Spanish have no conversations, at least 30 are needed',
    );
    expect(shortfallWords({ reason: 'too-few-in-reference', cellN: 298, referenceN: 12, minimum: 30 }, 'other vendors in Spanish')).toBe(
      'Not enough data: other vendors in Spanish have only 12 conversations, at least 30 are needed',
    );
    expect(shortfallWords({ reason: 'no-overlapping-strata', cellN: 40, referenceN: 50, minimum: 30 }, 'other vendors in Spanish')).toBe(
      'Not enough data: this cell (40 conversations) and other vendors in Spanish (50 conversations) handle different kinds of work, even by channel alone',
    );
  });
});

describe('toFlaggedRows', () => {
  it('lists the flagged gaps of one metric with size, interval, both counts and the adjustment', () => {
    const response = gapsResponse();
    const names = new Map(response.vendors.map((vendor) => [vendor.id, vendor.name]));
    expect(toFlaggedRows(response, 'overall', 'score', names)).toEqual([
      {
        key: 'v1:de:other-vendors-same-language',
        gap: response.flagged[0],
        place: 'Lisboa Contact · German',
        direction: '▼ worse',
        against: 'than other vendors in this language',
        size: '\u22128.1 pts',
        magnitude: 8.1,
        interval: '95% interval \u221211.5 pts to \u22124.7 pts',
        counts: '120 conversations against 480 conversations',
        adjustment: 'adjusted for channel, queue and time of day',
      },
    ]);
    expect(toFlaggedRows(response, 'courtesy', 'score', names)).toEqual([]);
  });
});
