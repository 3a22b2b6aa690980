import { METRIC_INFO, type StatEstimate } from '@rapport/contracts';
import { CONTENT_WIDTH } from '../pdf/canvas';
import { formatCount } from '../report-format';
import type { Section } from './section';

function coefficient(stat: StatEstimate): string {
  return stat.status === 'ok' ? `${stat.estimate.toFixed(2)} (${stat.lower.toFixed(2)} to ${stat.upper.toFixed(2)})` : 'Not enough data';
}

/**
 * What goes with low CSAT: each dimension's standardised coefficient and correlation with CSAT, the rules whose firing
 * lowers CSAT most, and unsatisfied conversations in which they fired, with the words they fired on.
 */
export const drivers: Section = (canvas, data) => {
  canvas.heading('6. Drivers of low CSAT', { newPage: true });
  const group = data.drivers.groups.find((candidate) => candidate.vendorId === (data.vendor?.id ?? null) && candidate.language === null) ?? data.drivers.groups[0];
  if (!group || group.status === 'insufficient') {
    canvas.paragraph(`Not enough surveyed conversations this month to estimate drivers (n = ${formatCount(group?.n ?? 0)}, minimum ${data.drivers.minimumSample}).`, { italic: true });
    return;
  }
  canvas.paragraph(`Regression of CSAT on the dimensions together over ${formatCount(group.n)} surveyed conversations; R² = ${group.rSquared?.toFixed(2) ?? '-'}. Coefficients are standardised; intervals 95%.`);
  canvas.table(
    [
      { label: 'Dimension', width: 200 },
      { label: 'Standardised coefficient (95% interval)', width: 270 },
      { label: 'Correlation with CSAT (95% interval)', width: CONTENT_WIDTH - 470 },
    ],
    group.dimensions.map((dimension) => [METRIC_INFO[dimension.name].label, coefficient(dimension.coefficient), coefficient(dimension.correlation)]),
  );
  const worst = group.rules.filter((rule) => rule.effect.status === 'ok' && rule.effect.difference < 0).sort((a, b) => (a.effect.difference ?? 0) - (b.effect.difference ?? 0)).slice(0, 8);
  canvas.subheading('Rules that go with lower CSAT');
  canvas.table(
    [
      { label: 'Rule', width: 220 },
      { label: 'Conversations with it', width: 130, align: 'right' },
      { label: 'CSAT with − without (95% interval)', width: 230 },
      { label: 'q', width: 80 },
      { label: 'Significant', width: CONTENT_WIDTH - 660 },
    ],
    worst.map((rule) => [
      rule.rule,
      formatCount(rule.withRule),
      rule.effect.status === 'ok' ? `${rule.effect.difference.toFixed(1)} (${rule.effect.lower.toFixed(1)} to ${rule.effect.upper.toFixed(1)})` : '-',
      rule.qValue === null ? '-' : rule.qValue.toFixed(3),
      rule.significant ? 'yes' : 'no',
    ]),
  );
  canvas.subheading('Example conversations (unsatisfied, the rule fired)');
  canvas.table(
    [
      { label: 'Rule', width: 150 },
      { label: 'Conversation', width: 150 },
      { label: 'Vendor', width: 110 },
      { label: 'CSAT', width: 40, align: 'right' },
      { label: 'Evidence quote', width: CONTENT_WIDTH - 450 },
    ],
    data.examples.map((example) => [example.rule, example.externalId, example.vendor, example.csat === null ? '-' : example.csat.toFixed(0), `“${example.quote}”`]),
  );
  canvas.paragraph(`Conversation ids in the product: ${data.examples.map((example) => example.conversationId).join(', ') || 'none'}.`, { size: 7 });
};
