import { LISBOA, MANILA, ok, scorecardResponse, scorecardRow } from '../../testing/scorecard-fixtures';
import { toHeadlineFigures } from './headline';
import { toMetricTrend } from './metric-trends';

const ROWS = [
  scorecardRow({ vendor: LISBOA, month: '2025-04', volume: 120, metrics: { csat: ok(80, 75, 85, 40) } }),
  scorecardRow({ vendor: LISBOA, month: '2025-05', volume: 100, metrics: { csat: ok(90, 85, 95, 50) } }),
  scorecardRow({ vendor: MANILA, month: '2025-05', volume: 300, metrics: { csat: ok(60, 55, 65, 100) } }),
];
const RESPONSE = scorecardResponse(['2025-04', '2025-05'], ROWS);

describe('trend drill-down', () => {
  it("links each vendor's month to that vendor's conversations of the month", () => {
    const trend = toMetricTrend(RESPONSE, 'csat', new Map(), true);
    expect(trend.rows.map((row) => row.links)).toEqual([
      [{ path: '/conversations', queryParams: { from: '2025-04-01', to: '2025-04-28', vendors: 'v-lis' }, label: 'Conversations of Lisboa Contact in Apr 2025' }, null],
      [
        { path: '/conversations', queryParams: { from: '2025-05-01', to: '2025-05-28', vendors: 'v-lis' }, label: 'Conversations of Lisboa Contact in May 2025' },
        { path: '/conversations', queryParams: { from: '2025-05-01', to: '2025-05-28', vendors: 'v-man' }, label: 'Conversations of Manila Desk in May 2025' },
      ],
    ]);
  });

  it('gives no links to a reader who may not open conversations', () => {
    const trend = toMetricTrend(RESPONSE, 'csat');
    expect(trend.rows.flatMap((row) => row.links)).toEqual([null, null, null, null]);
  });
});

describe('headline drill-down', () => {
  it("links every tile to the month's conversations of all the scorecard's vendors", () => {
    const figures = toHeadlineFigures(RESPONSE, '2025-05', true);
    expect(figures[0]?.link).toEqual({ path: '/conversations', queryParams: { from: '2025-05-01', to: '2025-05-28' }, label: 'See the conversations of May 2025 behind Conversations' });
    expect(figures.map((figure) => figure.link?.queryParams)).toEqual(Array(6).fill({ from: '2025-05-01', to: '2025-05-28' }));
  });

  it('gives tiles no link without the right to open conversations, or in a month without rows', () => {
    expect(toHeadlineFigures(RESPONSE, '2025-05').map((figure) => figure.link)).toEqual(Array(6).fill(null));
    expect(toHeadlineFigures(RESPONSE, '2025-03', true).map((figure) => figure.link)).toEqual(Array(6).fill(null));
  });
});
