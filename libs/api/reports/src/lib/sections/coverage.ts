import { BUSINESS_DAYS, clockMinutes, type CoverageCellDto, type VendorProfileDto } from '@rapport/contracts';
import { barChart } from '../pdf/bar-chart';
import { CONTENT_WIDTH, INK, PAGE, type ReportCanvas } from '../pdf/canvas';
import { formatCount } from '../report-format';
import type { Section } from './section';

/** Hour of week 0 is Monday 00:00 local time (the coverage read model's convention). */
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const CELL = { width: 26, height: 9 };
/** One row of two grids: title, hour labels, seven days. */
const ROW_HEIGHT = 92;

/** Whether the vendor promises to be open at any point of this hour of week, from its profile's business hours. */
export function promisedHour(profile: VendorProfileDto | undefined, hourOfWeek: number): boolean {
  if (!profile) {
    return false;
  }
  const day = BUSINESS_DAYS[(Math.floor(hourOfWeek / 24) + 1) % 7];
  const start = (hourOfWeek % 24) * 60;
  return (day ? profile.businessHours[day] : []).some((hours) => clockMinutes(hours.from) < start + 60 && clockMinutes(hours.to) > start);
}

/** Conversations with a measured first response, and those answered within the target, in a set of hours. */
export interface AnsweredShare {
  n: number;
  within: number;
}

/**
 * Answered within the SLA target inside the promised hours against outside them, from the hourly counts (an hour
 * counts as promised when any part of it is): whether the vendor answers as well when it promised nobody would wait.
 */
export function promisedHoursSplit(hours: readonly CoverageCellDto[], profile: VendorProfileDto | undefined): { inside: AnsweredShare; outside: AnsweredShare } {
  const inside = { n: 0, within: 0 };
  const outside = { n: 0, within: 0 };
  for (const cell of hours) {
    const side = promisedHour(profile, cell.hourOfWeek) ? inside : outside;
    side.n += cell.withinSlaCounts.n;
    side.within += cell.withinSlaCounts.within;
  }
  return { inside, outside };
}

function shareText(share: AnsweredShare): string {
  return share.n > 0 ? `${((share.within / share.n) * 100).toFixed(1)}% of ${formatCount(share.n)}` : 'no conversations';
}

/** Greys by volume (darker: more conversations); promised hours framed in a heavy border, so it reads without colour. */
function grid(canvas: ReportCanvas, volumes: number[], profile: VendorProfileDto | undefined, x: number, y: number): void {
  const doc = canvas.doc;
  const peak = Math.max(1, ...volumes);
  for (let day = 0; day < 7; day += 1) {
    canvas.text(DAYS[day] ?? '', x, y + 14 + day * CELL.height, 24, { size: 6, colour: INK.muted });
    for (let hour = 0; hour < 24; hour += 1) {
      const hourOfWeek = day * 24 + hour;
      const share = (volumes[hourOfWeek] ?? 0) / peak;
      const grey = Math.round(255 - share * 200).toString(16).padStart(2, '0');
      const cellX = x + 26 + hour * (CELL.width / 2.2);
      const cellY = y + 12 + day * CELL.height;
      doc.save().rect(cellX, cellY, CELL.width / 2.2 - 1, CELL.height - 1).fill(`#${grey}${grey}${grey}`).restore();
      if (promisedHour(profile, hourOfWeek)) {
        doc.save().rect(cellX, cellY, CELL.width / 2.2 - 1, CELL.height - 1).lineWidth(0.9).strokeColor('#0072B2').stroke().restore();
      }
    }
  }
  for (const hour of [0, 6, 12, 18]) {
    canvas.text(String(hour), x + 26 + hour * (CELL.width / 2.2), y + 3, 20, { size: 5.5, colour: INK.muted });
  }
}

/** Conversations per hour of week (vendor local time) against the hours the vendor promised, one grid per vendor. */
export const coverage: Section = (canvas, data, appendix) => {
  canvas.heading('5. Coverage by hour of week', { newPage: true });
  canvas.paragraph('Each grid: days down, hours of the vendor’s local day across; darker cells had more conversations; cells framed in a heavy border are within the promised business hours. Conversations outside promised hours are in the table; hourly volumes are in the appendix.');
  const profiles = new Map(data.profiles.map((profile) => [profile.id, profile]));
  const summary: string[][] = [];
  data.coverage.rows.forEach((row, index) => {
    const volumes = Array.from({ length: 168 }, (_, hour) => row.hours.find((cell) => cell.hourOfWeek === hour)?.volume ?? 0);
    const profile = profiles.get(row.vendor.id);
    const column = index % 2;
    if (column === 0) {
      canvas.room(ROW_HEIGHT);
    }
    const x = PAGE.margin + column * (CONTENT_WIDTH / 2);
    canvas.text(`${row.vendor.name} (${row.timeZone})`, x, canvas.y, CONTENT_WIDTH / 2 - 10, { bold: true, size: 8 });
    grid(canvas, volumes, profile, x, canvas.y + 8);
    if (column === 1 || index === data.coverage.rows.length - 1) {
      canvas.y += ROW_HEIGHT;
    }
    const outside = volumes.reduce((sum, volume, hour) => sum + (promisedHour(profile, hour) ? 0 : volume), 0);
    const total = volumes.reduce((sum, volume) => sum + volume, 0);
    summary.push([row.vendor.name, formatCount(total), formatCount(outside), total > 0 ? `${((outside / total) * 100).toFixed(1)}%` : '-', String(volumes.filter((_, hour) => promisedHour(profile, hour)).length)]);
    appendix.push({
      title: `${row.vendor.name}: conversations by hour of week (chart in section 5)`,
      columns: ['Day', ...Array.from({ length: 24 }, (_, hour) => String(hour))],
      rows: DAYS.map((day, dayIndex) => [day, ...volumes.slice(dayIndex * 24, dayIndex * 24 + 24).map((volume) => formatCount(volume))]),
    });
  });
  canvas.subheading('Promised hours and conversations outside them');
  canvas.table(
    [
      { label: 'Vendor', width: 220 },
      { label: 'Conversations', width: 110, align: 'right' },
      { label: 'Outside promised hours', width: 150, align: 'right' },
      { label: 'Share outside', width: 110, align: 'right' },
      { label: 'Promised hours a week', width: CONTENT_WIDTH - 590, align: 'right' },
    ],
    summary,
  );
  const splits = data.coverage.rows.map((row) => ({ vendor: row.vendor.name, ...promisedHoursSplit(row.hours, profiles.get(row.vendor.id)) }));
  canvas.subheading('Answered within the target, inside and outside the promised hours');
  canvas.paragraph('Share of conversations whose first response met the channel’s target, for customers who wrote inside the promised business hours and for those who wrote outside them. A vendor that covers its off-hours well answers as promptly outside as inside.');
  barChart(canvas, {
    title: 'Answered within the target: inside against outside the promised hours (%)',
    series: ['Inside promised hours', 'Outside promised hours'],
    scale: { min: 0, max: 100, ticks: [0, 25, 50, 75, 100], format: (value) => `${value}%` },
    groups: splits.map((split) => ({
      label: split.vendor,
      values: [split.inside, split.outside].map((share) => ({ value: share.n > 0 ? (share.within / share.n) * 100 : null, text: shareText(share) })),
    })),
  });
  appendix.push({
    title: 'Answered within the target inside and outside the promised hours (chart in section 5)',
    columns: ['Vendor', 'Inside: answered in time', 'Inside: conversations', 'Inside: share', 'Outside: answered in time', 'Outside: conversations', 'Outside: share'],
    rows: splits.map((split) => [
      split.vendor,
      ...[split.inside, split.outside].flatMap((share) => [formatCount(share.within), formatCount(share.n), share.n > 0 ? `${((share.within / share.n) * 100).toFixed(1)}%` : '-']),
    ]),
  });
};
