import type { PointStyle } from 'chart.js';
import { OKABE_ITO, SERIES_COLOURS, SERIES_DASHES } from '@rapport/contracts';

export { OKABE_ITO };

// A second channel besides colour, so series stay apart for readers who cannot tell the colours apart at all.
const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

const DASH_PATTERNS = SERIES_DASHES;

export interface SeriesStyle {
  color: string;
  pointStyle: PointStyle;
  dash: number[];
}

/** Visual identity of the n-th series (0-based) of a chart; stable, so a vendor keeps its look across charts. */
export function seriesStyle(index: number): SeriesStyle {
  if (!Number.isInteger(index) || index < 0) {
    throw new RangeError(`series index must be a whole number from 0, got ${index}`);
  }
  const round = Math.floor(index / SERIES_COLOURS.length);
  return {
    color: SERIES_COLOURS[index % SERIES_COLOURS.length],
    pointStyle: POINT_STYLES[index % POINT_STYLES.length],
    dash: [...DASH_PATTERNS[round % DASH_PATTERNS.length]],
  };
}

/** The same colour with an alpha channel, for fills under lines and hover states. */
export function withAlpha(hexColour: string, alpha: number): string {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hexColour);
  if (!match) {
    throw new RangeError(`expected a colour as #RRGGBB, got '${hexColour}'`);
  }
  const [red, green, blue] = [match[1], match[2], match[3]].map((hex) => parseInt(hex, 16));
  return `rgba(${red}, ${green}, ${blue}, ${alpha})`;
}
