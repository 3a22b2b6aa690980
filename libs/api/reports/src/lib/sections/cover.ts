import { CONTENT_WIDTH, INK, PAGE } from '../pdf/canvas';
import { monthName } from '../report-format';
import type { Section } from './section';

export const CONTENTS = [
  'Headline figures',
  'Ranking',
  'Twelve-month trends',
  'Language and culture gaps',
  'Coverage by hour of week',
  'Drivers of low CSAT',
  'Reviewed QA score and agreement',
  'Methodology',
  'Appendix: data behind the charts',
];

/** Title, month, scope and filters, and what follows. */
export const cover: Section = (canvas, data) => {
  const filters = data.scorecard.filters;
  const title = data.vendor ? `Vendor scorecard: ${data.vendor.name}` : 'Monthly vendor scorecard';
  canvas.text(title, PAGE.margin, 120, CONTENT_WIDTH, { bold: true, size: 28 });
  canvas.text(monthName(data.month), PAGE.margin, 162, CONTENT_WIDTH, { size: 20, colour: INK.muted });
  canvas.y = 210;
  const scope = [
    data.vendor ? `Vendor: ${data.vendor.name}` : `Vendors: ${new Set(data.scorecard.rows.map((row) => row.vendor.name)).size} in scope`,
    `Channels: ${filters.channels.length > 0 ? filters.channels.join(', ') : 'all'}`,
    `Languages: ${filters.languages.length > 0 ? filters.languages.join(', ') : 'all'}`,
    `Queues: ${filters.queues.length > 0 ? filters.queues.join(', ') : 'all'} · Sites: ${filters.sites.length > 0 ? filters.sites.join(', ') : 'all'}`,
    `Period: ${monthName(data.month)} (trends: the twelve months to it) · 95% intervals · minimum sample ${data.scorecard.minimumSample} conversations`,
    `Scorer version ${data.card.scorerVersion}`,
  ];
  for (const line of scope) {
    canvas.paragraph(line, { size: 11 });
  }
  canvas.y += 16;
  canvas.paragraph('Contents', { size: 11 });
  CONTENTS.forEach((entry, index) => canvas.paragraph(`${index + 1}. ${entry}`, { size: 10, colour: INK.muted }));
};
