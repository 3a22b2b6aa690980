import type { PointStyle } from 'chart.js';

/** Okabe–Ito colours: distinguishable under the common colour-vision deficiencies and in greyscale print. */
export const OKABE_ITO = {
  blue: '#0072B2',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

// Yellow and sky blue come late: they have the weakest contrast on a white background.
const SERIES_COLOURS: readonly string[] = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.vermillion,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
];

// A second channel besides colour, so series stay apart for readers who cannot tell the colours apart at all.
const POINT_STYLES: readonly PointStyle[] = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'rectRounded', 'cross'];

const DASH_PATTERNS: readonly (readonly number[])[] = [[], [6, 4], [2, 3]];

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
