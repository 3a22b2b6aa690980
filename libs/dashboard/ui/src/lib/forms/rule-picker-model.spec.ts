import { filterRules } from './rule-picker-model';

const RULES = [
  { id: 'courtesy.missing-greeting', name: 'Agent never greets the customer', dimension: 'courtesy' },
  { id: 'courtesy.apology', name: 'Apologises', dimension: 'courtesy' },
  { id: 'comprehension.repeated-question', name: 'Customer repeats a question', dimension: 'comprehension' },
];

describe('filterRules', () => {
  it('keeps every rule for an empty query', () => {
    expect(filterRules(RULES, '  ').map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
  });

  it.each([
    ['greets', ['courtesy.missing-greeting']],
    ['CUSTOMER question', ['comprehension.repeated-question']],
    ['comprehension', ['comprehension.repeated-question']],
    ['courtesy.apology', ['courtesy.apology']],
    ['apologisés', ['courtesy.apology']],
    ['refund', []],
  ])('"%s" finds %j', (query, ids) => {
    expect(filterRules(RULES, query).map((rule) => rule.id)).toEqual(ids);
  });
});
