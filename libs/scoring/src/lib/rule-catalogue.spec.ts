import { RULES } from './evidence';
import { RULE_CATALOGUE } from './rule-catalogue';

describe('RULE_CATALOGUE', () => {
  it('lists every rule once with its reviewer-facing sentence', () => {
    expect(RULE_CATALOGUE.map((rule) => rule.id).sort()).toEqual(Object.keys(RULES).sort());
    expect(RULE_CATALOGUE.find((rule) => rule.id === 'courtesy.missing-greeting')?.name).toBe('Agent never greets the customer');
  });

  it.each([
    ['courtesy.please', 'raises', 'courtesy'],
    ['courtesy.dismissive', 'lowers', 'courtesy'],
    ['comprehension.clarification-request', 'lowers', 'comprehension'],
    ['courtesy.style', 'either', 'courtesy'],
    ['responsiveness.after-hours', 'context', 'responsiveness'],
    ['language.unsupported', 'context', 'other'],
  ])('%s %s a %s score', (id, effect, dimension) => {
    expect(RULE_CATALOGUE.find((rule) => rule.id === id)).toMatchObject({ effect, dimension });
  });
});
