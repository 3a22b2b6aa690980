import { BUSINESS_DAYS, CHANNELS, METRIC_INFO, type AnalyticsMetric } from '@rapport/contracts';
import { CONTENT_WIDTH } from '../pdf/canvas';
import { formatCount } from '../report-format';
import type { Section } from './section';

function duration(seconds: number): string {
  return seconds % 3_600 === 0 ? `${seconds / 3_600} h` : seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

function hours(intervals: { from: string; to: string }[]): string {
  return intervals.length === 0 ? 'closed' : intervals.map((interval) => `${interval.from}-${interval.to}`).join(', ');
}

/**
 * How every figure was made, printed from the sources the figures came from: the metric definitions the dashboard
 * shows, the SLA targets and weights in the settings, each vendor's business hours from its profile, the scorer card,
 * and METHODS.md's description of each method the statistics name. Nothing here is written for the report.
 */
export const methodology: Section = (canvas, data) => {
  canvas.heading('8. Methodology', { newPage: true });
  canvas.subheading('Metric definitions');
  const metrics = Object.keys(data.scorecard.metricInfo) as AnalyticsMetric[];
  canvas.table(
    [
      { label: 'Metric', width: 150 },
      { label: 'Kind', width: 70 },
      { label: 'Definition', width: CONTENT_WIDTH - 220 },
    ],
    metrics.map((metric) => [METRIC_INFO[metric].label, METRIC_INFO[metric].kind, METRIC_INFO[metric].definition]),
    { size: 6.5 },
  );
  canvas.subheading('SLA targets in force (settings)');
  canvas.table(
    [
      { label: 'Channel', width: 160 },
      { label: 'First response target', width: 200 },
      { label: 'Reply gap target', width: 200 },
    ],
    CHANNELS.map((channel) => {
      const target = data.settings.slaTargets[channel];
      return [channel, `${duration(target.firstResponseSeconds)} (${target.firstResponseSeconds} s)`, `${duration(target.replyGapSeconds)} (${target.replyGapSeconds} s)`];
    }),
  );
  const weights = data.settings.weights;
  canvas.paragraph(`Overall score weights in force: responsiveness ${weights.responsiveness}, courtesy ${weights.courtesy}, comprehension ${weights.comprehension}.`);
  canvas.subheading('Business hours in force (vendor profiles, local time)');
  canvas.table(
    [
      { label: 'Vendor', width: 130 },
      { label: 'Time zone', width: 110 },
      ...BUSINESS_DAYS.map((day) => ({ label: day, width: (CONTENT_WIDTH - 240) / 7 })),
    ],
    data.profiles.map((profile) => [profile.name, profile.timeZone, ...BUSINESS_DAYS.map((day) => hours(profile.businessHours[day]))]),
    { size: 6.5 },
  );
  canvas.subheading(`Scorer version ${data.card.scorerVersion}: validation card per language`);
  canvas.paragraph(data.card.method, { size: 7.5 });
  canvas.table(
    [
      { label: 'Language', width: 60 },
      { label: 'Dimension', width: 80 },
      { label: 'Status', width: 80 },
      { label: 'Rows', width: 60, align: 'right' },
      { label: 'Figures (model, 95% interval)', width: 300 },
      { label: 'Source', width: CONTENT_WIDTH - 580 },
    ],
    data.card.entries.map((entry) => [
      entry.lang,
      entry.dimension,
      entry.status,
      entry.rows === null ? '-' : formatCount(entry.rows),
      entry.figures.map((figure) => `${figure.metric} ${figure.model.value.toFixed(3)} (${figure.model.low.toFixed(3)}-${figure.model.high.toFixed(3)})`).join('; ') || '-',
      entry.source ?? '-',
    ]),
    { size: 6.5 },
  );
  canvas.subheading('Minimum samples');
  canvas.paragraph(`${data.minimumSampleRule} This report: minimum sample ${data.scorecard.minimumSample} conversations; reviewed scores and agreement need ${data.agreement.minReviews} reviews.`);
  canvas.subheading('False-discovery control');
  canvas.paragraph(`Gap matrix: ${data.gaps.multipleComparisons}, one family per metric (${data.gaps.metrics.map((metric) => `${METRIC_INFO[metric.metric].label} ${metric.tests} tests`).join(', ')}).`);
  canvas.subheading('Case-mix adjustment');
  canvas.paragraph(`Gaps are standardised over the strata ${data.gaps.strata.join(' × ')}.`);
  canvas.subheading('Interval and test methods named by this report’s figures (from METHODS.md)');
  for (const note of data.methods) {
    canvas.paragraph(`${note.title}: ${note.text}`, { size: 7.5 });
  }
};
