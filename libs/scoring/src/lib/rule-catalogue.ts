import { RULES, type RuleId } from './evidence';

/**
 * Which way a rule moves a score when it fires: `raises` and `lowers` always go that way; `either` depends on what
 * the learned model read (its evidence carries the points); `context` records a fact without moving a score itself.
 */
export type RuleEffect = 'raises' | 'lowers' | 'either' | 'context';

export interface RuleInfo {
  readonly id: RuleId;
  /** The reviewer-facing sentence of `RULES`. */
  readonly name: string;
  readonly dimension: 'courtesy' | 'comprehension' | 'responsiveness' | 'other';
  readonly effect: RuleEffect;
}

const RAISES: ReadonlySet<RuleId> = new Set<RuleId>([
  'courtesy.greeting',
  'courtesy.closing',
  'courtesy.thanks',
  'courtesy.please',
  'courtesy.apology',
  'courtesy.empathy',
  'courtesy.hedge',
  'courtesy.deference',
  'courtesy.first-name',
]);
const EITHER: ReadonlySet<RuleId> = new Set<RuleId>(['courtesy.style', 'courtesy.register-formal', 'courtesy.register-informal']);
// Facts the scorer records for context: the hour a customer wrote or what was scored, not a quality judgement.
const CONTEXT: ReadonlySet<RuleId> = new Set<RuleId>(['responsiveness.after-hours', 'responsiveness.weekend', 'language.unsupported', 'text.scored-prefix']);

function effectOf(id: RuleId): RuleEffect {
  return RAISES.has(id) ? 'raises' : EITHER.has(id) ? 'either' : CONTEXT.has(id) ? 'context' : 'lowers';
}

function dimensionOf(id: RuleId): RuleInfo['dimension'] {
  const area = id.split('.')[0];
  return area === 'courtesy' || area === 'comprehension' || area === 'responsiveness' ? area : 'other';
}

/** Every rule the scorer can cite, in `RULES` order, with its plain name, dimension and direction. */
export const RULE_CATALOGUE: readonly RuleInfo[] = (Object.keys(RULES) as RuleId[]).map((id) => ({
  id,
  name: RULES[id],
  dimension: dimensionOf(id),
  effect: effectOf(id),
}));
