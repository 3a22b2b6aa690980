import type { RubricDto } from '@rapport/contracts';
import { emptyRubric, reasonsByField, savedMessage, toRubricDraft, toRubricInput } from './rubric-draft';

const rubric: RubricDto = {
  id: 'r1',
  name: 'Support QA',
  description: '',
  versionId: 'v2',
  version: 2,
  createdAt: '2026-03-01T00:00:00Z',
  criteria: [
    { key: 'tone', label: 'Tone', group: 'courtesy', weight: 2, scale: '1-5', allowNa: false, critical: false, description: '' },
    { key: 'policy', label: 'Follows refund policy', group: 'compliance', weight: 1, scale: 'yes-no', allowNa: true, critical: true, description: '' },
  ],
};

describe('rubric draft', () => {
  it('round-trips a rubric, a custom group included', () => {
    const draft = toRubricDraft(rubric);
    expect(draft.criteria.map((criterion) => [criterion.group, criterion.customGroup])).toEqual([
      ['courtesy', ''],
      ['custom', 'compliance'],
    ]);
    expect(toRubricInput(draft)).toEqual({ name: 'Support QA', description: '', criteria: rubric.criteria });
  });

  it('starts a new rubric with one criterion on 1–5', () => {
    expect(emptyRubric().criteria).toEqual([expect.objectContaining({ key: 'criterion-1', scale: '1-5', weight: 1 })]);
  });

  it('keys the API reasons by field, joining two reasons for one field', () => {
    expect(
      reasonsByField([
        { field: 'criteria.0.weight', reason: 'Too big' },
        { field: 'criteria.0.weight', reason: 'Not a number' },
        { reason: 'Something else' },
      ]),
    ).toEqual({ 'criteria.0.weight': 'Too big; Not a number', '': 'Something else' });
  });

  it('says when an edit created a new version', () => {
    expect(savedMessage(1, rubric)).toBe('The rubric was in use: new version 2 created; earlier reviews keep version 1.');
    expect(savedMessage(2, rubric)).toBe('Version 2 updated (not used by any queue or review yet).');
    expect(savedMessage(null, { ...rubric, version: 1 })).toBe('Rubric “Support QA” created (version 1).');
  });
});
