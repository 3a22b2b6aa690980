import { CONTENT_WIDTH, INK, PAGE, type ReportCanvas, seriesLook } from './canvas';

/** One bar: its length, its 95% interval when it has one, and the words printed beside it. */
export interface BarValue {
  value: number | null;
  low?: number | null;
  high?: number | null;
  /** Printed at the bar's end (the figure itself, or why there is none), so no reader depends on bar length alone. */
  text: string;
}

export interface BarGroup {
  label: string;
  /** One value per series, in the order of `series`. */
  values: BarValue[];
}

export interface BarChart {
  title: string;
  series: string[];
  groups: BarGroup[];
  scale: { min: number; max: number; ticks: number[]; format: (value: number) => string };
  /** A dashed reference line with its label, e.g. the level below which agreement is weak. */
  reference?: { value: number; label: string };
}

const LABEL_WIDTH = 150;
const TEXT_WIDTH = 150;
const BAR_HEIGHT = 8;
const GROUP_GAP = 6;

/**
 * Horizontal bars, a group per row (vendor or language) and a bar per series. Series differ in fill, not colour
 * alone: the first solid in the palette's first colour, the others outlined with a lighter fill, so the chart reads in
 * greyscale; intervals are whiskers and every bar has its figure written beside it.
 */
export function barChart(canvas: ReportCanvas, chart: BarChart): void {
  const doc = canvas.doc;
  const rowHeight = chart.series.length * (BAR_HEIGHT + 2) + GROUP_GAP;
  const height = 30 + chart.groups.length * rowHeight + 14;
  canvas.room(Math.min(height, PAGE.height - 2 * PAGE.margin));
  const plot = { x: PAGE.margin + LABEL_WIDTH, width: CONTENT_WIDTH - LABEL_WIDTH - TEXT_WIDTH };
  const at = (value: number) => plot.x + ((Math.max(chart.scale.min, Math.min(chart.scale.max, value)) - chart.scale.min) / (chart.scale.max - chart.scale.min)) * plot.width;
  canvas.text(chart.title, PAGE.margin, canvas.y, CONTENT_WIDTH, { bold: true, size: 9 });
  let legendX = plot.x;
  chart.series.forEach((name, index) => {
    swatch(canvas, index, legendX, canvas.y + 13, 10, 7);
    canvas.text(name, legendX + 14, canvas.y + 13, 170, { size: 7 });
    legendX += 180;
  });
  const top = canvas.y + 28;
  const bottom = top + chart.groups.length * rowHeight;
  for (const tick of chart.scale.ticks) {
    doc.save().moveTo(at(tick), top - 2).lineTo(at(tick), bottom).lineWidth(0.4).strokeColor(INK.rule).stroke().restore();
    canvas.text(chart.scale.format(tick), at(tick) - 20, bottom + 3, 40, { size: 6, colour: INK.muted, align: 'center' });
  }
  if (chart.reference) {
    const x = at(chart.reference.value);
    doc.save().moveTo(x, top - 4).lineTo(x, bottom).lineWidth(0.8).dash(2, { space: 2 }).strokeColor(INK.text).stroke().undash().restore();
    // Under the axis, beside its line: above the bars it would run into the legend.
    canvas.text(chart.reference.label, x + 3, bottom + 10, 160, { size: 6, colour: INK.muted });
  }
  chart.groups.forEach((group, row) => {
    const groupY = top + row * rowHeight;
    canvas.text(group.label, PAGE.margin, groupY + (rowHeight - GROUP_GAP) / 2 - 4, LABEL_WIDTH - 8, { size: 7.5 });
    group.values.forEach((bar, index) => {
      const y = groupY + index * (BAR_HEIGHT + 2);
      let end = plot.x;
      if (bar.value !== null) {
        end = at(bar.value);
        swatch(canvas, index, at(Math.max(chart.scale.min, 0)), y, Math.max(0.5, end - at(Math.max(chart.scale.min, 0))), BAR_HEIGHT);
      }
      if (bar.low !== null && bar.low !== undefined && bar.high !== null && bar.high !== undefined) {
        const middle = y + BAR_HEIGHT / 2;
        doc.save().lineWidth(0.8).strokeColor(INK.text);
        doc.moveTo(at(bar.low), middle).lineTo(at(bar.high), middle).stroke();
        doc.moveTo(at(bar.low), middle - 2.5).lineTo(at(bar.low), middle + 2.5).stroke();
        doc.moveTo(at(bar.high), middle - 2.5).lineTo(at(bar.high), middle + 2.5).stroke();
        doc.restore();
        end = Math.max(end, at(bar.high));
      }
      canvas.text(bar.text, Math.max(end, plot.x) + 4, y + 1, plot.x + plot.width + TEXT_WIDTH - Math.max(end, plot.x) - 4, { size: 6.5 });
    });
  });
  canvas.y = bottom + (chart.reference ? 22 : 16);
}

/** The fill of series `index`: solid for the first, outlined and light for the others (greyscale tells them apart). */
function swatch(canvas: ReportCanvas, index: number, x: number, y: number, width: number, height: number): void {
  const { colour } = seriesLook(index);
  const doc = canvas.doc;
  if (index === 0) {
    doc.save().rect(x, y, width, height).fill(colour).restore();
    return;
  }
  doc.save().rect(x, y, width, height).fillOpacity(0.25).fill(colour).restore();
  doc.save().rect(x, y, width, height).lineWidth(0.9).strokeColor(colour).stroke().restore();
}
