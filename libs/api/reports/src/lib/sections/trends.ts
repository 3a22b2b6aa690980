import { addMonths, monthRange } from '@rapport/analytics';
import { METRIC_INFO } from '@rapport/contracts';
import { INK, PAGE, type ReportCanvas, seriesLook } from '../pdf/canvas';
import { REPORT_METRICS } from '../scorecard-report';
import { reportVendors, type Section } from './section';

const CHART = { width: 370, height: 190, gap: 21, left: 30, bottom: 34 };

interface Series {
  name: string;
  points: (number | null)[];
}

/** One line chart: 0–100 axis, a line per vendor in the dashboard palette with its own dash and marker, a legend. */
function lineChart(canvas: ReportCanvas, title: string, months: string[], series: Series[], x: number, y: number): void {
  const doc = canvas.doc;
  const plot = { x: x + CHART.left, y: y + 16, width: CHART.width - CHART.left - 8, height: CHART.height - 16 - CHART.bottom };
  canvas.text(title, x, y, CHART.width, { bold: true, size: 9 });
  for (const tick of [0, 25, 50, 75, 100]) {
    const tickY = plot.y + plot.height - (tick / 100) * plot.height;
    doc.save().moveTo(plot.x, tickY).lineTo(plot.x + plot.width, tickY).lineWidth(0.4).strokeColor(INK.rule).stroke().restore();
    canvas.text(String(tick), x, tickY - 3, CHART.left - 4, { size: 6, colour: INK.muted, align: 'right' });
  }
  const step = months.length > 1 ? plot.width / (months.length - 1) : 0;
  months.forEach((month, index) => {
    if (index % 2 === months.length % 2 || index === months.length - 1) {
      canvas.text(month.slice(2), plot.x + index * step - 12, plot.y + plot.height + 4, 24, { size: 5.5, colour: INK.muted, align: 'center' });
    }
  });
  series.forEach((line, index) => {
    const look = seriesLook(index);
    const at = (value: number, position: number) => [plot.x + position * step, plot.y + plot.height - (Math.max(0, Math.min(100, value)) / 100) * plot.height] as const;
    doc.save().lineWidth(1.3).strokeColor(look.colour);
    if (look.dash.length > 0) {
      doc.dash(look.dash[0] ?? 3, { space: look.dash[1] ?? 3 });
    }
    let drawing = false;
    line.points.forEach((value, position) => {
      if (value === null) {
        drawing = false;
        return;
      }
      const [px, py] = at(value, position);
      if (drawing) {
        doc.lineTo(px, py);
      } else {
        doc.moveTo(px, py);
        drawing = true;
      }
    });
    doc.stroke().undash().restore();
    line.points.forEach((value, position) => {
      if (value !== null) {
        const [px, py] = at(value, position);
        canvas.marker(look.marker, px, py, look.colour, 2.4);
      }
    });
  });
  // Legend: marker, then name, so a reader without colour matches the shapes.
  let legendX = plot.x;
  const legendY = y + CHART.height - 10;
  series.forEach((line, index) => {
    const look = seriesLook(index);
    canvas.marker(look.marker, legendX + 4, legendY + 3, look.colour, 2.6);
    canvas.text(line.name, legendX + 10, legendY, 80, { size: 6.5 });
    legendX += 90;
  });
}

/** Twelve months of each dimension, every vendor a line; months without enough data leave a gap, not a zero. */
export const trends: Section = (canvas, data, appendix) => {
  canvas.heading('3. Twelve-month trends', { newPage: true });
  canvas.paragraph('Each point is the month’s estimate; months with too little data are left out. Lines differ by colour, dash and marker shape, so they read in greyscale too. The figures are in the appendix.');
  const months = monthRange(addMonths(data.month, -11), data.month);
  const vendors = reportVendors(data);
  const top = canvas.y;
  REPORT_METRICS.forEach((metric, index) => {
    const slot = index % 4;
    if (index > 0 && slot === 0) {
      canvas.newPage();
    }
    const baseY = index < 4 ? top : PAGE.margin;
    const x = PAGE.margin + (slot % 2) * (CHART.width + CHART.gap);
    const y = baseY + Math.floor(slot / 2) * (CHART.height + 12);
    const series = vendors.map((vendor) => ({
      name: vendor.name,
      points: months.map((month) => {
        const stat = data.scorecard.rows.find((row) => row.vendor.id === vendor.id && row.month === month)?.metrics[metric].current;
        return stat && stat.status === 'ok' ? stat.estimate : null;
      }),
    }));
    const label = METRIC_INFO[metric].label;
    lineChart(canvas, `${label} by month`, months, series, x, y);
    appendix.push({
      title: `${label} by month (chart in section 3)`,
      columns: ['Vendor', ...months],
      rows: series.map((line) => [line.name, ...line.points.map((value) => (value === null ? '-' : value.toFixed(1)))]),
    });
  });
  canvas.y = PAGE.height - PAGE.margin;
};
