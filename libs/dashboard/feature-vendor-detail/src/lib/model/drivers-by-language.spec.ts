import type { DriversResponse } from '@rapport/contracts';
import { DRIVERS } from '../../testing/detail-fixtures';
import { languageDriverLink } from '../sections/drivers-by-language';
import { toDriverView } from './driver-view';

const lisboa = DRIVERS.groups[0];
if (!lisboa) {
  throw new Error('the fixture has no Lisboa group');
}
const french = {
  ...lisboa,
  language: 'fr',
  n: 90,
  rules: [
    { ...lisboa.rules[2]!, rule: 'courtesy.greeting' },
    { ...lisboa.rules[1]!, rule: 'comprehension.unanswered-question' },
    { ...lisboa.rules[0]!, rule: 'courtesy.curt-reply' },
  ],
};
const RESPONSE: DriversResponse = { ...DRIVERS, groups: [...DRIVERS.groups, french, { ...french, vendorId: 'v-man' }] };
const CONVERSATIONS = { path: '/conversations', queryParams: { from: '2025-03-01', to: '2025-05-31', vendors: 'v-lis' } };

describe('drivers by language', () => {
  const rows = toDriverView(RESPONSE, 'v-lis')?.byLanguage ?? [];

  it("lists the vendor's languages with the rule going with the lowest CSAT in each, where there is enough data", () => {
    // French: curt reply (−12) beats unanswered question (−4); the greeting (+3) does not lower CSAT.
    expect(rows.map((row) => [row.language, row.n, row.enoughData, row.rule?.rule ?? null])).toEqual([
      ['de', 20, false, null],
      ['fr', 90, true, 'courtesy.curt-reply'],
    ]);
  });

  it("opens the language's conversations with that rule, lowest CSAT first, or the language's alone without a rule", () => {
    expect(languageDriverLink(CONVERSATIONS, rows[1]!).queryParams).toEqual({
      from: '2025-03-01',
      to: '2025-05-31',
      vendors: 'v-lis',
      languages: 'fr',
      rule: 'courtesy.curt-reply',
      sort: 'csat',
    });
    expect(languageDriverLink(CONVERSATIONS, rows[0]!).queryParams).toEqual({ from: '2025-03-01', to: '2025-05-31', vendors: 'v-lis', languages: 'de', sort: 'csat' });
  });
});
