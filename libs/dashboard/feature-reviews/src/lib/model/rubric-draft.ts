import {
  AUTOMATIC_DIMENSIONS,
  RUBRIC_SCALES,
  type RubricCriterion,
  type RubricDto,
  type RubricInput,
  type RubricScale,
} from '@rapport/contracts';

/** One criterion as the editor holds it: `group` is a dimension or `custom`, then `customGroup` names it. */
export interface CriterionDraft {
  key: string;
  label: string;
  group: string;
  customGroup: string;
  weight: number;
  scale: RubricScale;
  allowNa: boolean;
  critical: boolean;
  description: string;
}

export interface RubricDraft {
  name: string;
  description: string;
  criteria: CriterionDraft[];
}

export const CUSTOM_GROUP = 'custom';

export const GROUP_OPTIONS: ReadonlyArray<{ value: string; label: string }> = [
  ...AUTOMATIC_DIMENSIONS.map((dimension) => ({
    value: dimension,
    label: dimension[0].toUpperCase() + dimension.slice(1),
  })),
  { value: CUSTOM_GROUP, label: 'Custom group…' },
];

const SCALE_LABELS: Readonly<Record<RubricScale, string>> = {
  'yes-no': 'Yes / no',
  '1-3': '1 to 3',
  '1-5': '1 to 5',
  '0-100': '0 to 100',
};
export const SCALE_OPTIONS = RUBRIC_SCALES.map((scale) => ({ value: scale, label: SCALE_LABELS[scale] }));

const isDimension = (group: string) => (AUTOMATIC_DIMENSIONS as readonly string[]).includes(group);

export function newCriterion(index: number): CriterionDraft {
  return {
    key: `criterion-${index + 1}`,
    label: '',
    group: 'courtesy',
    customGroup: '',
    weight: 1,
    scale: '1-5',
    allowNa: false,
    critical: false,
    description: '',
  };
}

export function emptyRubric(): RubricDraft {
  return { name: '', description: '', criteria: [newCriterion(0)] };
}

export function toCriterionDraft(criterion: RubricCriterion): CriterionDraft {
  const custom = !isDimension(criterion.group);
  return {
    ...criterion,
    group: custom ? CUSTOM_GROUP : criterion.group,
    customGroup: custom ? criterion.group : '',
  };
}

export function toRubricDraft(rubric: RubricDto): RubricDraft {
  return { name: rubric.name, description: rubric.description, criteria: rubric.criteria.map(toCriterionDraft) };
}

/** What the API is sent; the API validates it and names every wrong field. */
export function toRubricInput(draft: RubricDraft): RubricInput {
  return {
    name: draft.name,
    description: draft.description,
    criteria: draft.criteria.map(({ customGroup, group, ...criterion }) => ({
      ...criterion,
      group: group === CUSTOM_GROUP ? customGroup.trim() : group,
    })),
  };
}

/**
 * The API's reasons keyed by field path (`name`, `criteria`, `criteria.0.weight`); reasons without a field go
 * under `''`. Two reasons for one field are joined.
 */
export function reasonsByField(details: ReadonlyArray<{ field?: string; reason: string }>): Record<string, string> {
  const reasons: Record<string, string> = {};
  for (const { field = '', reason } of details) {
    reasons[field] = reasons[field] ? `${reasons[field]}; ${reason}` : reason;
  }
  return reasons;
}

/** What a save did: a rubric already in use keeps its version and gets the next one. */
export function savedMessage(previousVersion: number | null, saved: RubricDto): string {
  if (previousVersion === null) {
    return `Rubric “${saved.name}” created (version ${saved.version}).`;
  }
  return saved.version > previousVersion
    ? `The rubric was in use: new version ${saved.version} created; earlier reviews keep version ${previousVersion}.`
    : `Version ${saved.version} updated (not used by any queue or review yet).`;
}
